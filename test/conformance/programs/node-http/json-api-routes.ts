// A tiny JSON API with a few routes and a 404, asked in turn.
import { createServer } from 'node:http'

const users = [
  { id: 1, name: 'Ada' },
  { id: 2, name: 'Linus' },
]
const server = createServer((req, res) => {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  if (req.method === 'GET' && req.url === '/users') return send(200, users)
  const match = req.url?.match(/^\/users\/(\d+)$/)
  if (req.method === 'GET' && match) {
    const user = users.find((u) => u.id === Number(match[1]))
    return user ? send(200, user) : send(404, { error: 'no such user' })
  }
  send(404, { error: `cannot ${req.method} ${req.url}` })
})
server.listen(0)
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://localhost:${(server.address() as { port: number }).port}`
for (const path of ['/users', '/users/2', '/users/9', '/nope']) {
  const res = await fetch(base + path)
  console.log(path, res.status, await res.json())
}
server.close()
