// A read stream is async iterable: for await gets its chunks.
import { createReadStream, writeFileSync } from 'node:fs'

writeFileSync('poem.txt', 'roses are red\nviolets are blue\n')
let total = ''
for await (const chunk of createReadStream('poem.txt', { encoding: 'utf8', highWaterMark: 10 })) {
  total += chunk
  console.log('chunk of', (chunk as string).length)
}
console.log(JSON.stringify(total))
