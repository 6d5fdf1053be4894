// What a request from fetch looks like on the server: method, url, httpVersion and headers.
import { createServer } from 'node:http'

const server = createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion)
  const { host, ...rest } = req.headers
  console.log(typeof host, rest)
  res.end()
})
server.listen(0, async () => {
  await fetch(`http://localhost:${(server.address() as { port: number }).port}/search?q=event+loop`, { headers: { 'X-Trace': 'abc' } })
  server.close()
})
