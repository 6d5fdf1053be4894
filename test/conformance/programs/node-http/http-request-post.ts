// http.request with options, a body written in pieces, and end().
const http = require('http')

const server = http.createServer((req: any, res: any) => {
  let data = ''
  req.setEncoding('utf8')
  req.on('data', (c: string) => (data += c))
  req.on('end', () => {
    res.setHeader('Content-Type', 'text/plain')
    res.end(`${req.method} ${req.url} ${data.length} bytes: ${data}`)
  })
})
server.listen(0, () => {
  const req = http.request(
    { hostname: 'localhost', port: server.address().port, path: '/upload', method: 'PUT', headers: { 'Content-Type': 'text/plain' } },
    (res: any) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => console.log('reply:', chunk))
      res.on('end', () => server.close(() => console.log('done')))
    },
  )
  req.on('error', (e: Error) => console.error(e))
  req.write('hello ')
  req.write('world')
  req.end()
})
