// fs.promises rejects with the same ENOENT error the callback API passes.
import fs from 'node:fs'

try {
  await fs.promises.readFile('nowhere.txt', 'utf8')
} catch (err) {
  console.log(err)
  const e = err as NodeJS.ErrnoException
  console.log(e.code, e.errno, e.syscall, e.path)
}
