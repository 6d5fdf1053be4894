// Reading a file as a stream, chunk by chunk, then line by line with readline.
import fs from 'node:fs'
import readline from 'node:readline'

fs.writeFileSync('big.txt', Array.from({ length: 5 }, (_, i) => `line ${i + 1}`).join('\n') + '\n')
const stream = fs.createReadStream('big.txt', { highWaterMark: 16 })
let chunks = 0
stream.on('data', (chunk) => chunks++)
stream.on('end', async () => {
  console.log('chunks:', chunks)
  const rl = readline.createInterface({ input: fs.createReadStream('big.txt'), crlfDelay: Infinity })
  for await (const line of rl) console.log('>', line)
  console.log('done reading lines')
})
