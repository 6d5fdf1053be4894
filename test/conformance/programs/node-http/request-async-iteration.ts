// Reading a request body with for await.
import { createServer } from 'node:http'

const server = createServer(async (req, res) => {
  let body = ''
  for await (const chunk of req) body += chunk
  res.end(body.toUpperCase())
})
server.listen(0, async () => {
  const res = await fetch(`http://localhost:${(server.address() as { port: number }).port}`, { method: 'POST', body: 'quiet please' })
  console.log(await res.text())
  server.close()
})
