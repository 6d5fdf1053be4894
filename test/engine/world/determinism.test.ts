import { describe, expect, test } from 'vitest'
import { EventKind } from '../../../app/engine/trace/events.ts'
import { ioRecords, isMonotonic, run, traceBytes } from './helpers.ts'

const everything = `
  world.route('/users/:id', { latencyMs: 40, jitterMs: 25, body: (req) => ({ id: req.params.id }) })
  const users = await Promise.all([1, 2, 3, 4].map((id) => fetch('/users/' + id).then((r) => r.json())))
  console.log('users', users.map((u) => u.id).join(','))
  try { await fetch('/flaky', { signal: AbortSignal.timeout(30) }) } catch (e) { console.log('flaky', e.name) }
  const server = world.createServer(async (req) => { world.cpu(3); await world.sleep(req.id % 3); return 'ok' })
  server.simulateLoad({ clients: 3, requestsPerClient: 3, intervalMs: 7, networkLatencyMs: 2 })
  const ch = world.channel({ latencyMs: 4, name: 'jobs' })
  const worker = world.createWorker((n) => { world.cpu(n); return n }, { name: 'square' })
  for (let i = 1; i <= 3; i++) ch.send({ to: 'worker', n: i * 10 })
  ch.close()
  for await (const job of ch) console.log('job', job.n, await worker.run(job.n))
  const stats = await server.done()
  console.log('server', stats.completed, stats.p50, stats.p95, stats.maxConcurrent)
  console.log('end', performance.now())
`

const world = { network: { defaultLatencyMs: 60, routes: [{ path: '/flaky', latencyMs: 80, failEvery: 2 }] } }

describe.each(['node', 'browser'] as const)('determinism under the %s profile', (host) => {
  test('the same program run twice gives identical stdout and identical trace bytes', () => {
    const first = run(everything, { host, world })
    const second = run(everything, { host, world })
    expect(first.exitCode).toBe(0)
    expect(first.stdout).toContain('server 9')
    expect(second.stdout).toBe(first.stdout)
    expect(traceBytes(second)).toBe(traceBytes(first))
  })

  test('every I/O completion is traced: IoComplete names its IoStart and is the cause of the task that follows', () => {
    const result = run(everything, { host, world })
    expect(isMonotonic(result.trace)).toBe(true)
    const io = ioRecords(result.trace)
    const completed = io.filter((r) => r.end !== undefined && !r.cancelled)
    expect(completed.length).toBe(29)
    expect(completed.every((r) => r.chained && r.end! >= r.start)).toBe(true)
    const cancelled = io.filter((r) => r.cancelled)
    expect(cancelled.every((r) => !r.chained && r.end! >= r.start)).toBe(true)
    let completes = 0
    for (let i = 0; i < result.trace.count; i++) if (result.trace.kind[i] === EventKind.IoComplete) completes++
    expect(completes).toBe(completed.length + cancelled.length)
  })
})
