// Read a JSON file, change it, write it back, and print the new contents.
import { readFile, writeFile } from 'node:fs/promises'

const path = 'settings.json'
const settings = JSON.parse(await readFile(path, 'utf8')) as { theme: string; volume: number }
settings.volume += 10
settings.theme = 'dark'
await writeFile(path, JSON.stringify(settings, null, 2))
console.log(await readFile(path, 'utf8'))
