// fs.readFile with a callback: the callback runs later, after the synchronous code.
import fs from 'node:fs'

fs.readFile('notes.txt', 'utf8', (err, data) => {
  if (err) {
    console.error(err)
    return
  }
  console.log(data)
})
console.log('reading…')
