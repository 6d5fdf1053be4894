// Bad arguments throw at once: no callback, a path that is not a string.
import fs from 'node:fs'

for (const attempt of [() => (fs.readFile as any)('x.txt'), () => fs.readFileSync({} as any), () => fs.readFile(undefined as any, () => {})]) {
  try {
    attempt()
  } catch (err) {
    console.log((err as NodeJS.ErrnoException).code, (err as Error).message)
  }
}
fs.promises.readFile(null as any).catch((err: Error) => console.log('rejected:', (err as NodeJS.ErrnoException).code))
