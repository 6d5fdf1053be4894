import { beforeAll, describe, expect, test } from 'vitest'
import { runInNode } from '../../../app/cli/nodeRunner.ts'
import { pythonInterpreter } from '../../../app/cli/pythonNodeRunner.ts'
import { EventKind, IoKind, LabelTarget } from '../../../app/engine/trace/events.ts'
import { ioRecords, lines, runPython } from './helpers.ts'

beforeAll(async () => {
  await pythonInterpreter()
}, 120_000)

interface Stats {
  requests: number
  completed: number
  failed: number
  latencies: number[]
  p50: number
  p95: number
  max: number
  mean: number
  throughput: number
  maxConcurrent: number
}

/** Runs the Python program and the TypeScript one; each prints its server's statistics as JSON on its last line. */
async function bothWorlds(python: string, typescript: string): Promise<{ python: Stats; typescript: Stats; labels: [string[], string[]] }> {
  const py = await runPython(python)
  const ts = runInNode(typescript, { host: 'node', budgets: { maxWallMs: 20_000 } })
  expect(py.stderr).toBe('')
  expect(ts.stderr).toBe('')
  const p = JSON.parse(lines(py).at(-1)!) as Record<string, unknown>
  const t = JSON.parse(ts.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>
  const serverLabels = (records: ReturnType<typeof ioRecords>) => records.filter((r) => r.kind === IoKind.ServerRequest).map((r) => r.label)
  return {
    python: { ...(p as unknown as Stats), throughput: p.throughput_per_second as number, maxConcurrent: p.max_concurrent as number },
    typescript: { ...(t as unknown as Stats), throughput: t.throughputPerSecond as number },
    labels: [serverLabels(ioRecords(py.trace)), serverLabels(ioRecords(ts.trace))],
  }
}

/**
 * The two worlds agree on every statistic for handlers that only await or only compute; times may differ by the cost model
 * (1 µs per Python line, 1 µs per TypeScript statement) and because asyncio wakes for a timer as CPython's epoll wait
 * does, rounded up to a whole millisecond: under 1 ms here. A handler that
 * awaits a timer and then blocks can order differently, because the loops do: Node runs due timers
 * before the poll phase's arrivals, asyncio queues I/O callbacks and then due timers in one batch.
 */
function expectSameStats(python: Stats, typescript: Stats): void {
  expect([python.requests, python.completed, python.failed, python.maxConcurrent]).toEqual([
    typescript.requests,
    typescript.completed,
    typescript.failed,
    typescript.maxConcurrent,
  ])
  for (const key of ['p50', 'p95', 'max', 'mean', 'throughput'] as const)
    expect(Math.abs(python[key] - typescript[key]), key).toBeLessThan(key === 'throughput' ? 1 : 1.01)
  expect(python.latencies).toHaveLength(typescript.latencies.length)
  python.latencies.forEach((latency, i) => expect(Math.abs(latency - typescript.latencies[i]!), `latency ${i}`).toBeLessThan(1.01))
}

const PRINT_STATS = `print(json.dumps(stats.as_dict()))`

describe('the Python world: a server under load', () => {
  test('an async handler under load shows the same p50, p95 and latencies as the same program on the TypeScript engine', async () => {
    const { python, typescript, labels } = await bothWorlds(
      `
      import asyncio, json
      from looplab import world

      async def handle(request):
          await asyncio.sleep(0.05)
          return world.json_response({'path': request.path})

      async def main():
          server = world.create_server(handle)
          server.simulate_load(clients=5, requests_per_client=4, interval_ms=20, network_latency_ms=10, paths=['/a', '/b', '/c'])
          stats = await server.done()
          ${PRINT_STATS}

      asyncio.run(main())
    `,
      `
      const server = world.createServer(async (request) => {
        await world.sleep(50)
        return new Response(JSON.stringify({ path: request.path }))
      })
      server.simulateLoad({ clients: 5, requestsPerClient: 4, intervalMs: 20, networkLatencyMs: 10, paths: ['/a', '/b', '/c'] })
      console.log(JSON.stringify(await server.done()))
    `,
    )
    expectSameStats(python, typescript)
    expect(python.p50).toBeGreaterThan(70)
    expect(python.maxConcurrent).toBeGreaterThan(1)
    expect([...labels[0]].sort()).toEqual([...labels[1]].sort())
    expect(labels[0]).toContain('server /b #2 (client 2)')
    expect(labels[0]).toContain('server 200 /b #2 → client 2')
  })

  test('a CPU-bound handler queues the requests up: p95 grows far beyond p50, exactly as on the TypeScript engine', async () => {
    const { python, typescript } = await bothWorlds(
      `
      import asyncio, json
      from looplab import world

      def handle(request):
          world.cpu(30)
          return world.Response(text='ok')

      async def main():
          server = world.create_server(handle)
          server.simulate_load(clients=4, requests_per_client=5, interval_ms=40, network_latency_ms=5)
          stats = await server.done()
          ${PRINT_STATS}

      asyncio.run(main())
    `,
      `
      const server = world.createServer(() => {
        world.cpu(30)
        return 'ok'
      })
      server.simulateLoad({ clients: 4, requestsPerClient: 5, intervalMs: 40, networkLatencyMs: 5 })
      console.log(JSON.stringify(await server.done()))
    `,
    )
    expectSameStats(python, typescript)
    expect(python.p95).toBeGreaterThan(3 * python.latencies[0]!)
    expect(python.maxConcurrent).toBe(1)
  })

  test('a handler that raises answers 500: the request counts as failed, its response is marked failed, and the program goes on', async () => {
    const { python, typescript } = await bothWorlds(
      `
      import asyncio, json
      from looplab import world

      async def handle(request):
          if request.id % 3 == 0:
              raise RuntimeError('boom')
          return world.Response(text='ok')

      async def main():
          server = world.create_server(handle, name='shop')
          server.simulate_load(clients=2, requests_per_client=3, interval_ms=10)
          stats = await server.done()
          ${PRINT_STATS}

      asyncio.run(main())
    `,
      `
      const server = world.createServer(async (request) => {
        if (request.id % 3 === 0) throw new Error('boom')
        return 'ok'
      }, { name: 'shop' })
      server.simulateLoad({ clients: 2, requestsPerClient: 3, intervalMs: 10 })
      console.log(JSON.stringify(await server.done()))
    `,
    )
    expectSameStats(python, typescript)
    expect([python.completed, python.failed]).toEqual([4, 2])
    const result = await runPython(`
      import asyncio
      from looplab import world
      def handle(request):
          raise ValueError('no')
      async def main():
          server = world.create_server(handle, name='shop')
          server.simulate_load(clients=1, requests_per_client=2, interval_ms=10)
          print((await server.done()).failed, 'still running')
      asyncio.run(main())
    `)
    expect(lines(result)).toEqual(['2 still running'])
    const failed = ioRecords(result.trace).filter((r) => r.label.includes(' 500 '))
    expect(failed.map((r) => [r.label, r.failed])).toEqual([
      ['shop 500 / #1 → client 1', true],
      ['shop 500 / #2 → client 1', true],
    ])
  })

  test('the handler receives id, path, method, client_id, sent_at and a JSON body; the handler task is named after the request', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      async def handle(request):
          body = await request.json()
          print(request.id, request.method, request.path, request.query, request.client_id, round(request.sent_at), body)
          return world.json_response({'ok': True})

      async def main():
          server = world.create_server(handle)
          server.simulate_load(clients=2, requests_per_client=2, interval_ms=10, paths=['/cart?item=3', '/pay'], method='post', json={'n': 1})
          stats = await server.done()
          print(stats['requests'], stats.completed, len(stats.latencies), server.stats() == stats)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      "1 POST /cart {'item': '3'} 1 0 {'n': 1}",
      "2 POST /pay {} 2 5 {'n': 1}",
      "3 POST /cart {'item': '3'} 1 10 {'n': 1}",
      "4 POST /pay {} 2 15 {'n': 1}",
      '4 4 4 True',
    ])
    const trace = result.trace
    const names: string[] = []
    for (let i = 0; i < trace.count; i++)
      if (trace.kind[i] === EventKind.Label && trace.a[i] === LabelTarget.Coroutine) names.push(trace.strings[trace.c[i]!]!)
    expect(names).toContain('server /cart?item=3 #1 (handle)')
  })

  test('done() on a server with nothing scheduled returns at once, and simulate_load checks its options', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      async def main():
          server = world.create_server(lambda request: 'ok')
          print((await server.done()).requests, world.create_server(lambda r: 1).name)
          for options in ({'clients': 0, 'requests_per_client': 1, 'interval_ms': 10}, {'clients': 1, 'requests_per_client': 1},
                          {'clients': 1, 'requests_per_client': 1, 'interval_ms': 10, 'paths': []}):
              try:
                  server.simulate_load(**options)
              except (TypeError, ValueError) as error:
                  print(error)
          try:
              world.create_server('not a function')
          except TypeError as error:
              print(error)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      '0 server2',
      'server.simulate_load: "clients" must be a whole number ≥ 1, got 0.',
      'server.simulate_load: "interval_ms" is required.',
      'server.simulate_load: "paths" must be a non-empty list of strings.',
      'world.create_server: the handler must be a function, got str.',
    ])
  })
})
