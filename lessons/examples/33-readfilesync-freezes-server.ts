// {"title": "readFileSync freezes the whole server", "teaser": "One route reads a big file. Why does a /health check that reads nothing wait 40 ms?", "host": "node", "tags": ["node", "performance", "network", "patterns"]}
import http from 'node:http'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'

world.files({ 'report.csv': 'id,total\n'.padEnd(4_000_000, '7') }) // 4 MB, 40 ms to read
const useSync = true // flip to false: the same read, on libuv's thread pool

const server = http.createServer(async (req, res) => {
  if (req.url === '/report') {
    const text = useSync ? readFileSync('report.csv', 'utf8') : await readFile('report.csv', 'utf8')
    return res.end(`${text.length} bytes`)
  }
  res.end('ok')
})

server.listen(3000, async () => {
  const health = world.clients('http://localhost:3000/health', { clients: 4, requestsPerClient: 10, intervalMs: 40 })
  const reports = world.clients('http://localhost:3000/report', { clients: 1, requestsPerClient: 4, intervalMs: 100 })
  const [h, r] = await Promise.all([health.done(), reports.done()])
  console.log(`/health: p50 ${h.p50} ms, worst ${h.max} ms`)
  console.log(`/report: p50 ${r.p50} ms`)
  server.close()
})
