// rename, copyFile, rm and their errors.
import fs from 'node:fs/promises'
import { existsSync } from 'node:fs'

await fs.writeFile('draft.txt', 'v1')
await fs.rename('draft.txt', 'final.txt')
await fs.copyFile('final.txt', 'backup.txt')
console.log(existsSync('draft.txt'), existsSync('final.txt'), await fs.readFile('backup.txt', 'utf8'))
await fs.rm('backup.txt')
await fs.rm('backup.txt', { force: true })
try {
  await fs.rm('backup.txt')
} catch (err) {
  console.log((err as Error).message)
}
await fs.mkdir('dir/inner', { recursive: true })
await fs.writeFile('dir/inner/file', 'x')
try {
  await fs.rmdir('dir')
} catch (err) {
  console.log((err as NodeJS.ErrnoException).code)
}
await fs.rm('dir', { recursive: true })
console.log(existsSync('dir'))
try {
  await fs.rename('nope', 'still-nope')
} catch (err) {
  console.log((err as Error).message)
}
