// Reading three files one after another vs. all at once with Promise.all.
import { readFile, writeFile } from 'node:fs/promises'

for (const name of ['a', 'b', 'c']) await writeFile(`${name}.txt`, name.repeat(3))
const sequential: string[] = []
for (const name of ['a', 'b', 'c']) sequential.push(await readFile(`${name}.txt`, 'utf8'))
console.log(sequential)
const parallel = await Promise.all(['a', 'b', 'c'].map((name) => readFile(`${name}.txt`, 'utf8')))
console.log(parallel)
const results = await Promise.allSettled(['a', 'missing', 'c'].map((name) => readFile(`${name}.txt`, 'utf8')))
console.log(results.map((r) => r.status))
