// A missing file: the callback gets an ENOENT error with errno, code, syscall and path.
import fs from 'node:fs'

fs.readFile('does-not-exist.txt', 'utf8', (err, data) => {
  console.log(err)
  console.log(data)
  console.log(err?.code === 'ENOENT', err instanceof Error)
})
