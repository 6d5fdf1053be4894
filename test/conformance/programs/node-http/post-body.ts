// Reading a POST body from 'data' and 'end' events, then answering with what arrived.
import http from 'node:http'

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString())
    console.log('server got', req.method, req.url, req.headers['content-type'], body)
    res.writeHead(201, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ created: body.name }))
  })
})
server.listen(0, async () => {
  const port = (server.address() as { port: number }).port
  const res = await fetch(`http://localhost:${port}/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'widget', qty: 3 }),
  })
  console.log(res.status, res.statusText, await res.json())
  server.close()
})
