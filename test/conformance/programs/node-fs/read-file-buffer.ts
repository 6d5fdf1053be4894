// Without an encoding, readFile gives a Buffer.
import { readFile } from 'node:fs'

readFile('data.bin', (err, data) => {
  if (err) throw err
  console.log(data)
  console.log(data.length, data.toString(), data.toString('hex'))
})
