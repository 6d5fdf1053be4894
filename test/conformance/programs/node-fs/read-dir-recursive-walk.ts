// Walking a directory tree with fs/promises and recursion.
import { mkdir, readdir, writeFile, stat } from 'node:fs/promises'
import path from 'node:path'

await mkdir('site/blog/2024', { recursive: true })
await writeFile('site/index.html', '<h1>hi</h1>')
await writeFile('site/blog/post.md', '# post')
await writeFile('site/blog/2024/jan.md', '# jan')
async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(full)))
    else out.push(`${full} (${(await stat(full)).size} bytes)`)
  }
  return out
}
console.log(await walk('site'))
