// The classic hello-world server, asked once with fetch, then closed.
import http from 'node:http'

const server = http.createServer((req, res) => {
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/plain')
  res.end('Hello World\n')
})
server.listen(0, '127.0.0.1', async () => {
  console.log('Server running')
  const { port } = server.address() as { port: number }
  const response = await fetch(`http://127.0.0.1:${port}/`)
  console.log(response.status, response.headers.get('content-type'), JSON.stringify(await response.text()))
  server.close(() => console.log('closed'))
})
