// mkdir: EEXIST when it exists, ENOENT for a missing parent, recursive returns the first created dir.
import fs from 'node:fs'

fs.mkdirSync('a')
for (const attempt of [() => fs.mkdirSync('a'), () => fs.mkdirSync('x/y/z')]) {
  try {
    attempt()
  } catch (err) {
    console.log((err as Error).message)
  }
}
console.log(fs.mkdirSync('deep/er/est', { recursive: true }) !== undefined)
console.log(fs.mkdirSync('deep/er', { recursive: true }))
fs.mkdir('a', (err) => console.log('callback:', err?.code))
