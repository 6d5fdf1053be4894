// readdir (with and without file types) and stat.
import fs from 'node:fs'
import path from 'node:path'

fs.mkdirSync('project/src', { recursive: true })
fs.writeFileSync('project/README.md', '# hi')
fs.writeFileSync('project/src/index.js', 'console.log(1)')
const names = fs.readdirSync('project').sort()
console.log(names)
for (const entry of fs.readdirSync('project', { withFileTypes: true })) {
  console.log(entry.name, entry.isDirectory() ? 'dir' : 'file')
}
const stats = fs.statSync(path.join('project', 'README.md'))
console.log(stats.isFile(), stats.isDirectory(), stats.size)
fs.readdir('project/src', (err, files) => console.log('async readdir', err, files))
fs.stat('project/src', (err, s) => console.log('async stat', err, s.isDirectory()))
