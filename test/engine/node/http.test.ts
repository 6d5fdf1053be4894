import { describe, expect, test } from 'vitest'
import { IoKind } from '../../../app/engine/trace/events.ts'
import { ioRecords, lines, run } from '../world/helpers.ts'

describe('node:http on the simulated world', () => {
  test('world clients load an http server; done() gives latency statistics', () => {
    const result = run(
      `import http from 'node:http'\nconst server = http.createServer((req, res) => res.end(req.url))\nserver.listen(3000, async () => {\n  const load = world.clients('http://localhost:3000', { clients: 3, requestsPerClient: 4, intervalMs: 50, paths: ['/a', '/b'] })\n  const stats = await load.done()\n  console.log(stats.requests, stats.completed, stats.failed, stats.p50)\n  server.close()\n})\n`,
    )
    expect(lines(result)[0]).toMatch(/^12 12 0 2(\.\d+)?$/)
    expect(ioRecords(result.trace).filter((r) => r.kind === IoKind.ServerRequest)).toHaveLength(24)
  })

  test('a server that is never closed ends the run with an explanation, since Node would wait forever', () => {
    const result = run(
      `import http from 'node:http'\nhttp.createServer(() => {}).listen(8080, () => console.log('Server running at http://localhost:8080/'))\n`,
    )
    expect(lines(result)).toEqual(['Server running at http://localhost:8080/'])
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('A server is still listening on port 8080')
    expect(result.stderr).toContain('Node would wait here forever')
  })

  test('http.get reaches the routes of the simulated network', () => {
    const result = run(
      `import https from 'node:https'\nworld.route('https://api.example.com/users/:id', { latencyMs: 40, body: (r) => ({ id: Number(r.params.id) }) })\nhttps.get('https://api.example.com/users/7', (res) => {\n  let body = ''\n  res.on('data', (c) => (body += c))\n  res.on('end', () => console.log(res.statusCode, body, Math.round(performance.now())))\n})\n`,
    )
    expect(lines(result)).toEqual(['200 {"id":7} 40'])
  })

  test('world.clients explains a missing server', () => {
    const result = run(`world.clients('http://localhost:5000', { clients: 1, requestsPerClient: 1, intervalMs: 10 })\n`)
    expect(result.stderr).toContain('no server is listening at http://localhost:5000/')
  })

  test('node modules are refused on the browser host, with what to do', () => {
    const result = run(`import { EventEmitter } from 'node:events'\nnew EventEmitter()\n`, { host: 'browser' })
    expect(result.stderr).toContain("'node:events' is one of Node's modules, and this program runs on the browser host")
  })
})
