// Several fetches at once: a slow handler does not block the others while it awaits.
import { createServer } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

const order: string[] = []
const server = createServer(async (req, res) => {
  const ms = Number(req.url?.slice(1))
  await sleep(ms)
  order.push(`served ${ms}`)
  res.end(`slept ${ms}`)
})
server.listen(0)
await new Promise<void>((resolve) => server.on('listening', resolve))
const url = (ms: number) => `http://localhost:${(server.address() as { port: number }).port}/${ms}`
const replies = await Promise.all([150, 30, 90].map(async (ms) => (await fetch(url(ms))).text()))
console.log(replies, order)
server.close()
