// A handler that races its work against a timeout (503 when too slow).
import http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

const server = http.createServer(async (req, res) => {
  const work = sleep(Number(new URL(req.url!, 'http://x').searchParams.get('ms')), 'done')
  const timeout = sleep(50, 'timeout')
  const winner = await Promise.race([work, timeout])
  res.statusCode = winner === 'timeout' ? 503 : 200
  res.end(winner)
})
server.listen(0, async () => {
  const base = `http://localhost:${(server.address() as { port: number }).port}`
  for (const ms of [10, 200]) {
    const res = await fetch(`${base}/?ms=${ms}`)
    console.log(ms, res.status, await res.text())
  }
  server.close()
})
