// The pre-fs/promises way: util.promisify(fs.readFile).
const util = require('util')
const fs = require('fs')

const readFile = util.promisify(fs.readFile)
const writeFile = util.promisify(fs.writeFile)
writeFile('greeting.txt', 'hi there')
  .then(() => readFile('greeting.txt', 'utf8'))
  .then((text: string) => console.log('got:', text))
  .catch((err: Error) => console.error(err))
readFile('absent.txt').catch((err: NodeJS.ErrnoException) => console.log('failed:', err.code))
