// Piping a file read stream into the response.
import http from 'node:http'
import fs from 'node:fs'

fs.writeFileSync('data.csv', 'id,name\n1,ada\n2,linus\n')
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/csv' })
  fs.createReadStream('data.csv').pipe(res)
})
server.listen(0, async () => {
  const res = await fetch(`http://localhost:${(server.address() as { port: number }).port}/data.csv`)
  console.log(res.headers.get('content-type'))
  console.log(await res.text())
  server.close()
})
