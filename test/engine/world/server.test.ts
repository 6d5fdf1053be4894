import { describe, expect, test } from 'vitest'
import { IoKind } from '../../../app/engine/trace/events.ts'
import { ioRecords, isMonotonic, lines, run } from './helpers.ts'

describe('simulated servers', () => {
  test('a handler that burns 30 ms of CPU makes the p95 latency grow far beyond a fast handler', () => {
    const result = run(`
      const load = { clients: 4, requestsPerClient: 5, intervalMs: 40, networkLatencyMs: 5 }
      const fast = world.createServer(() => 'ok')
      fast.simulateLoad(load)
      const a = await fast.done()
      const slow = world.createServer(() => { world.cpu(30); return 'ok' })
      slow.simulateLoad(load)
      const b = await slow.done()
      console.log('fast', a.requests, a.completed, a.failed, Math.round(a.p50), Math.round(a.p95), a.maxConcurrent)
      console.log('slow', b.requests, b.completed, b.failed, b.p95 > 5 * a.p95, b.p95 > 100, b.latencies.length)
      console.log('slow latencies grow', b.latencies[b.latencies.length - 1] > b.latencies[0])
    `)
    expect(lines(result)).toEqual(['fast 20 20 0 10 10 1', 'slow 20 20 0 true true 20', 'slow latencies grow true'])
    expect(isMonotonic(result.trace)).toBe(true)
  })

  test('the handler receives id, path, method, clientId and sentAt; requests are traced with informative labels', () => {
    const result = run(`
      const server = world.createServer((req) => { console.log(Object.keys(req).join(','), req.id, req.path, req.method, req.clientId, Math.round(req.sentAt)); return 'ok' }, { name: 'shop' })
      server.simulateLoad({ clients: 2, requestsPerClient: 2, intervalMs: 10, paths: ['/cart', '/checkout', '/pay'] })
      const stats = await server.done()
      console.log(stats.requests, stats.completed, JSON.stringify(stats.latencies))
    `)
    expect(lines(result)).toEqual([
      'id,path,method,clientId,sentAt 1 /cart GET 1 0',
      'id,path,method,clientId,sentAt 2 /checkout GET 2 5',
      'id,path,method,clientId,sentAt 3 /pay GET 1 10',
      'id,path,method,clientId,sentAt 4 /cart GET 2 15',
      expect.stringMatching(/^4 4 \[0\.0\d+,0\.0\d+,0\.0\d+,0\.0\d+\]$/),
    ])
    const labels = ioRecords(result.trace)
      .filter((r) => r.kind === IoKind.ServerRequest)
      .map((r) => r.label)
    expect(labels).toContain('shop /checkout #2 (client 2)')
    expect(labels).toContain('shop 200 /checkout #2 → client 2')
  })

  test('an async handler overlaps requests: maxConcurrent grows and latency is the handler wait plus the network', () => {
    const result = run(`
      const server = world.createServer(async () => { await world.sleep(50); return 'ok' })
      server.simulateLoad({ clients: 5, requestsPerClient: 2, intervalMs: 20, networkLatencyMs: 10 })
      const t0 = performance.now()
      const stats = await server.done()
      console.log(stats.completed, stats.maxConcurrent >= 3, stats.p50 >= 69 && stats.p50 <= 72, Math.round(performance.now() - t0))
    `)
    expect(lines(result)).toEqual(['10 true true 106'])
  })

  test('a handler that throws or rejects counts as failed (500) and the program goes on', () => {
    const result = run(`
      const server = world.createServer(async (req) => {
        if (req.id === 2) throw new Error('boom')
        if (req.id === 3) return Promise.reject(new Error('later'))
        return 'ok'
      })
      const sync = world.createServer((req) => { if (req.id % 2) throw new TypeError('odd'); return 1 })
      server.simulateLoad({ clients: 1, requestsPerClient: 4, intervalMs: 10 })
      sync.simulateLoad({ clients: 2, requestsPerClient: 2, intervalMs: 10 })
      const [a, b] = await Promise.all([server.done(), sync.done()])
      console.log(a.completed, a.failed, b.completed, b.failed, 'still running')
    `)
    expect(lines(result)).toEqual(['2 2 2 2 still running'])
    expect(result.exitCode).toBe(0)
    expect(
      ioRecords(result.trace)
        .filter((r) => r.label.includes(' 500 '))
        .every((r) => r.failed),
    ).toBe(true)
  })

  test('stats() is a synchronous snapshot, and done() resolves when the last response is received', () => {
    const result = run(`
      const server = world.createServer(() => 'ok')
      console.log('idle done', (await server.done()).requests)
      server.simulateLoad({ clients: 1, requestsPerClient: 3, intervalMs: 100, startMs: 50, networkLatencyMs: 5 })
      await world.sleep(170)
      const mid = server.stats()
      console.log('mid', mid.requests, mid.completed, mid.latencies.length)
      const done = await server.done()
      console.log('done at', Math.round(performance.now()), done.completed, done.max)
      try { server.simulateLoad({ clients: 0, requestsPerClient: 1, intervalMs: 1 }) } catch (e) { console.log(e.message) }
    `)
    expect(lines(result)).toEqual([
      'idle done 0',
      'mid 3 2 2',
      expect.stringMatching(/^done at 260 3 10\.0\d+$/),
      'server.simulateLoad: "clients" must be a whole number ≥ 1, got 0.',
    ])
  })
})
