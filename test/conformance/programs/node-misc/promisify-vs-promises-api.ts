// The same read three ways: callback, util.promisify, fs/promises — same result, in that order.
import fs from 'node:fs'
import { promisify } from 'node:util'

fs.writeFileSync('same.txt', 'same content')
fs.readFile('same.txt', 'utf8', (err, text) => {
  console.log('1 callback:', text)
  promisify(fs.readFile)('same.txt', 'utf8').then((text2) => {
    console.log('2 promisify:', text2)
    fs.promises.readFile('same.txt', 'utf8').then((text3) => console.log('3 fs/promises:', text3))
  })
})
