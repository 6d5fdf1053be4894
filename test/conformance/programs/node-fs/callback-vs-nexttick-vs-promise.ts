// File I/O callbacks run in the poll phase: after nextTicks, promise jobs and the current code.
import fs from 'node:fs'

fs.writeFileSync('a.txt', 'A')
fs.readFile('a.txt', 'utf8', (err, data) => {
  console.log('readFile callback', data)
  setTimeout(() => console.log('timeout from I/O'), 0)
  setImmediate(() => console.log('immediate from I/O'))
  process.nextTick(() => console.log('nextTick from I/O'))
})
process.nextTick(() => console.log('nextTick'))
Promise.resolve().then(() => console.log('promise'))
console.log('sync')
