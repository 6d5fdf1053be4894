// util.promisify over a callback API, and the same call on fs/promises.
import { promisify } from 'node:util'
import { readFile, writeFile } from 'node:fs'
import * as fsp from 'node:fs/promises'

const write = promisify(writeFile)
const read = promisify(readFile)
await write('/tmp/looplab-conformance-promisify.txt', 'first line\n')
console.log(JSON.stringify(await read('/tmp/looplab-conformance-promisify.txt', 'utf8')))
await fsp.appendFile('/tmp/looplab-conformance-promisify.txt', 'second line\n')
const text = await fsp.readFile('/tmp/looplab-conformance-promisify.txt', 'utf8')
console.log(text.split('\n').filter(Boolean).length, 'lines')
await fsp.unlink('/tmp/looplab-conformance-promisify.txt')
try {
  await fsp.readFile('/tmp/looplab-conformance-promisify.txt')
} catch (err) {
  console.log((err as NodeJS.ErrnoException).code)
}
