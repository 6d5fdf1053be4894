// Status codes, statusMessage and headers a server sets, as fetch sees them.
import http from 'node:http'

const server = http.createServer((req, res) => {
  if (req.url === '/redirect-me') {
    res.writeHead(418, "I'm a teapot", { 'X-Reason': 'short and stout' })
    return res.end()
  }
  res.statusCode = 503
  res.setHeader('Retry-After', '120')
  res.setHeader('Set-Cookie', ['a=1', 'b=2'])
  console.log(res.getHeader('retry-after'), res.hasHeader('Retry-After'), res.getHeaderNames())
  res.end('try later')
})
server.listen(0, async () => {
  const base = `http://localhost:${(server.address() as { port: number }).port}`
  const teapot = await fetch(`${base}/redirect-me`)
  console.log(teapot.status, teapot.statusText, teapot.headers.get('x-reason'))
  const busy = await fetch(`${base}/`)
  console.log(busy.status, busy.ok, busy.headers.get('retry-after'), await busy.text())
  console.log(http.STATUS_CODES[404], http.METHODS.includes('PATCH'))
  server.close()
})
