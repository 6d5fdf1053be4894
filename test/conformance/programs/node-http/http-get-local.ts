// http.get to the program's own server: 'response', then the body in 'data' and 'end'.
import http from 'node:http'

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Powered-By': 'looplab' })
  res.write('part one, ')
  res.end('part two')
})
server.listen(0, () => {
  const port = (server.address() as { port: number }).port
  http.get(`http://localhost:${port}/greeting`, (res) => {
    console.log('status', res.statusCode, res.statusMessage)
    console.log('type', res.headers['content-type'], res.headers['x-powered-by'])
    res.setEncoding('utf8')
    let body = ''
    res.on('data', (chunk: string) => (body += chunk))
    res.on('end', () => {
      console.log('body', body)
      server.close()
    })
  })
})
