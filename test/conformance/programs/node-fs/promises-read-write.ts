// fs/promises with async/await: write, append, read back.
import { writeFile, appendFile, readFile } from 'node:fs/promises'

async function main() {
  await writeFile('log.txt', 'first line\n')
  await appendFile('log.txt', 'second line\n')
  const text = await readFile('log.txt', { encoding: 'utf8' })
  console.log(text.split('\n').filter(Boolean))
}
main().catch((err) => console.error(err))
console.log('main started')
