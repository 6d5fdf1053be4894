// 'finish' fires on the response once it is sent; the request logger pattern.
import http from 'node:http'

const server = http.createServer((req, res) => {
  const started = Date.now()
  res.on('finish', () => console.log(`${req.method} ${req.url} -> ${res.statusCode} (${Date.now() - started >= 0 ? 'timed' : ''})`))
  res.statusCode = req.url === '/ok' ? 200 : 404
  res.end()
})
server.listen(0, async () => {
  const base = `http://localhost:${(server.address() as { port: number }).port}`
  await fetch(`${base}/ok`)
  await fetch(`${base}/missing`)
  server.close()
})
