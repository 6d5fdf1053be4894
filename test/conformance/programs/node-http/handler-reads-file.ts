// A server answering with a file it reads with fs/promises (and 404 when it is missing).
import http from 'node:http'
import { readFile, writeFile } from 'node:fs/promises'

await writeFile('index.html', '<h1>Home</h1>')
const server = http.createServer(async (req, res) => {
  try {
    const page = await readFile(`.${req.url === '/' ? '/index.html' : req.url}`, 'utf8')
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(page)
  } catch (err) {
    res.writeHead(404)
    res.end(`not found: ${(err as NodeJS.ErrnoException).code}`)
  }
})
server.listen(0, async () => {
  const base = `http://localhost:${(server.address() as { port: number }).port}`
  for (const path of ['/', '/missing.html']) {
    const res = await fetch(base + path)
    console.log(path, res.status, await res.text())
  }
  server.close()
})
