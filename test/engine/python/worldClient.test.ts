import { beforeAll, describe, expect, test } from 'vitest'
import { runInNode } from '../../../app/cli/nodeRunner.ts'
import { pythonInterpreter } from '../../../app/cli/pythonNodeRunner.ts'
import type { WorldConfig } from '../../../app/engine/runtime/world/world.ts'
import { EventKind, IoKind } from '../../../app/engine/trace/events.ts'
import { hostHandles, ioRecords, lines, runPython, waits, type IoRecord } from './helpers.ts'

beforeAll(async () => {
  await pythonInterpreter()
}, 120_000)

const fetches = (result: Awaited<ReturnType<typeof runPython>>) => ioRecords(result.trace).filter((r) => r.kind === IoKind.Fetch)
/** Whole µs of virtual time (the trace's unit), so float noise in ms never matters. */
const us = (ms: number) => Math.round(ms * 1000)
const durationUs = (r: IoRecord) => us(r.end! - r.start)

describe('the Python world: routes and the aiohttp-shaped client', () => {
  test('three concurrent GETs of a 100 ms route finish at about 100 ms, three sequential ones at about 300 ms', async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      world.route('/users/:id', latency_ms=100, body=lambda request: {'id': request.params['id']})

      async def fetch(session, i):
          async with session.get(f'/users/{i}') as response:
              return (await response.json())['id']

      async def main():
          async with world.session() as session:
              start = time.monotonic()
              ids = await asyncio.gather(*(fetch(session, i) for i in range(3)))
              print('concurrent', ids, round((time.monotonic() - start) * 1000))
              start = time.monotonic()
              for i in range(3):
                  await fetch(session, i)
              print('sequential', round((time.monotonic() - start) * 1000))

      asyncio.run(main())
    `)
    expect(result.stderr).toBe('')
    expect(lines(result)).toEqual(["concurrent ['0', '1', '2'] 100", 'sequential 300'])
    const requests = fetches(result)
    expect(requests.map((r) => r.label)).toEqual([
      'GET /users/0',
      'GET /users/1',
      'GET /users/2',
      'GET /users/0',
      'GET /users/1',
      'GET /users/2',
    ])
    // A response is delivered when the loop next polls: a few µs late when the loop was busy with the previous one.
    for (const r of requests) expect(durationUs(r)).toBeGreaterThanOrEqual(100_000)
    for (const r of requests) expect(durationUs(r)).toBeLessThan(100_010)
    const [a, b, c, d] = requests
    expect(Math.max(a!.start, b!.start, c!.start)).toBeLessThan(Math.min(a!.end!, b!.end!, c!.end!))
    expect(d!.start).toBeGreaterThanOrEqual(c!.end!)
  })

  test('what a task awaits reads "GET /users/1 (network)", and the response arrives as a named handle caused by its IoComplete', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      async def main():
          async with world.session() as session:
              response = await session.get('/users/1')
              print(response.status)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual(['200'])
    expect(waits(result.trace)).toContain('GET /users/1 (network)')
    expect(hostHandles(result.trace)).toContain('GET /users/1: the response arrives')
    const trace = result.trace
    const complete = [...Array(trace.count).keys()].find((i) => trace.kind[i] === EventKind.IoComplete)!
    const start = [...Array(trace.count).keys()].find((i) => trace.kind[i] === EventKind.IoStart)!
    expect(trace.cause[complete]).toBe(start)
    expect(trace.kind[complete + 1]).toBe(EventKind.JobEnqueue)
    expect(trace.cause[complete + 1]).toBe(complete)
  })

  test('fail_every fails every third request to its route as a ClientConnectionError, and the trace marks exactly those failed', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      world.route('/flaky', latency_ms=10, fail_every=3)

      async def main():
          async with world.session() as session:
              for i in range(1, 8):
                  try:
                      response = await session.get('/flaky')
                      print(i, 'ok', response.status)
                  except world.ClientError as error:
                      print(i, type(error).__name__, isinstance(error, world.ClientConnectionError), error)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      '1 ok 200',
      '2 ok 200',
      '3 ClientConnectionError True Simulated network failure: request 3 to /flaky (fail_every: 3)',
      '4 ok 200',
      '5 ok 200',
      '6 ClientConnectionError True Simulated network failure: request 6 to /flaky (fail_every: 3)',
      '7 ok 200',
    ])
    expect(fetches(result).map((r) => r.failed)).toEqual([false, false, true, false, false, true, false])
  })

  test('a URL no route matches answers 200 {"url": …, "simulated": true} after the default 100 ms', async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      async def main():
          async with world.session() as session:
              async with session.get('https://API.example.com/items?page=2') as response:
                  print(response.status, response.content_type, await response.text())
                  print(await response.json(), round(time.monotonic() * 1000))

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      '200 application/json {"url":"https://api.example.com/items?page=2","simulated":true}',
      "{'url': 'https://api.example.com/items?page=2', 'simulated': True} 100",
    ])
    expect(fetches(result).map((r) => r.label)).toEqual(['GET api.example.com/items?page=2'])
  })

  test("a route's body function receives params, query, method and the JSON body; an async one answers when it returns, one that raises answers 500", async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      world.route('/echo/:name', method='POST', latency_ms=20,
                  body=lambda r: {'name': r.params['name'], 'query': r.query, 'body': r.body, 'method': r.method})

      async def later(request):
          await asyncio.sleep(0.05)
          return world.json_response({'late': True}, status=201)
      world.route('/later', latency_ms=10, body=later)

      def broken(request):
          raise ValueError('boom')
      world.route('/broken', body=broken)

      async def main():
          async with world.session() as session:
              response = await session.post('/echo/ada?x=1&y=two', json={'a': [1, 2]})
              print(await response.json())
              response = await session.get('/echo/ada')
              print((await response.json())['simulated'])
              start = time.monotonic()
              response = await session.get('/later')
              print(response.status, await response.json(), round((time.monotonic() - start) * 1000))
              response = await session.get('/broken')
              print(response.status, await response.json())

      asyncio.run(main())
    `)
    expect(result.stderr).toBe('')
    expect(lines(result)).toEqual([
      "{'name': 'ada', 'query': {'x': '1', 'y': 'two'}, 'body': {'a': [1, 2]}, 'method': 'POST'}",
      'True',
      "201 {'late': True} 60",
      "500 {'error': 'ValueError: boom'}",
    ])
  })

  test('raise_for_status raises ClientResponseError as aiohttp does, and json() refuses a text body by its content type', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      world.route('/users/:id', status=404, body='no such user')

      async def main():
          async with world.session() as session:
              async with session.get('/users/9') as response:
                  print(response.status, response.reason, response.ok, await response.text())
                  try:
                      response.raise_for_status()
                  except world.ClientResponseError as error:
                      print('raised', error.status, error)
                  try:
                      await response.json()
                  except world.ContentTypeError as error:
                      print('json', error.message)
          async with world.session(raise_for_status=True) as strict:
              try:
                  await strict.get('/users/3')
              except world.ClientResponseError as error:
                  print('strict', error.status)

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      '404 Not Found False no such user',
      "raised 404 404, message='Not Found', url='http://localhost/users/9'",
      'json Attempt to decode JSON with unexpected mimetype: text/plain; charset=utf-8',
      'strict 404',
    ])
  })

  test('a ClientTimeout cancels the request: TimeoutError at the deadline, the I/O ends as cancelled and the loop does not wait for it', async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      world.route('/slow', latency_ms=1000)
      world.route('/fast', latency_ms=10)

      async def main():
          async with world.session(timeout=world.ClientTimeout(total=0.25)) as session:
              try:
                  await session.get('/slow')
              except asyncio.TimeoutError as error:
                  print('timed out', type(error).__name__, round(time.monotonic() * 1000))
              response = await session.get('/fast')
              print('fast', response.status, round(time.monotonic() * 1000))
              try:
                  await session.get('/slow', timeout=world.ClientTimeout(total=0.05))
              except TimeoutError:
                  print('timed out again', round(time.monotonic() * 1000))

      asyncio.run(main())
      print('end', round(time.monotonic() * 1000))
    `)
    expect(lines(result)).toEqual(['timed out TimeoutError 250', 'fast 200 260', 'timed out again 310', 'end 310'])
    const requests = fetches(result)
    expect(requests.map((r) => [r.label, r.cancelled, Math.round(r.end!)])).toEqual([
      ['GET /slow', true, 250],
      ['GET /fast', false, 260],
      ['GET /slow', true, 310],
    ])
    const trace = result.trace
    expect(trace.time[trace.count - 1]! / 1000).toBeLessThan(400)
  })

  test('cancelling the task that awaits a response ends its I/O as cancelled; a request task can be created from session.get directly', async () => {
    const result = await runPython(`
      import asyncio, time
      from looplab import world

      world.route('/slow', latency_ms=1000)

      async def main():
          async with world.session() as session:
              task = asyncio.create_task(session.get('/slow'))
              await asyncio.sleep(0.1)
              task.cancel()
              try:
                  await task
              except asyncio.CancelledError:
                  print('cancelled', round(time.monotonic() * 1000))

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual(['cancelled 100'])
    expect(fetches(result).map((r) => [r.cancelled, Math.round(r.end!)])).toEqual([[true, 100]])
  })

  test("the lesson's WorldConfig applies before the program runs, and the program's own routes take precedence", async () => {
    const world: WorldConfig = {
      network: { defaultLatencyMs: 40, routes: [{ path: '/config', latencyMs: 25, body: { from: 'lesson' } }] },
    }
    const result = await runPython(
      `
      import asyncio, time
      from looplab import world

      async def timed(session, url):
          start = time.monotonic()
          response = await session.get(url)
          return await response.json(), round((time.monotonic() - start) * 1000)

      async def main():
          async with world.session() as session:
              print(*await timed(session, '/config'))
              print((await timed(session, '/elsewhere'))[1])
              world.route('/config', latency_ms=5, body={'from': 'program'})
              print(*await timed(session, '/config'))

      asyncio.run(main())
    `,
      world,
    )
    expect(lines(result)).toEqual(["{'from': 'lesson'} 25", '40', "{'from': 'program'} 5"])
  })

  test('the same WorldConfig gives the same latencies, jitter included, in the Python and the TypeScript worlds', async () => {
    const world: WorldConfig = {
      network: {
        routes: [
          { path: '/items/:id', latencyMs: 30, jitterMs: 40 },
          { path: 'https://api.example.com/*', latencyMs: 12.5, jitterMs: 7 },
        ],
      },
    }
    const urls = ['/items/1', '/items/2', '/items/1?v=2', 'https://api.example.com/a/b', '/items/3', 'https://api.example.com/', '/nowhere']
    const python = await runPython(
      `
      import asyncio
      from looplab import world

      async def main():
          async with world.session() as session:
              for url in ${JSON.stringify(urls)}:
                  await session.get(url)

      asyncio.run(main())
    `,
      world,
    )
    const typescript = runInNode(`for (const url of ${JSON.stringify(urls)}) await fetch(url)`, { host: 'node', world })
    const durations = (records: IoRecord[]) => records.filter((r) => r.kind === IoKind.Fetch).map((r) => [r.label, durationUs(r)])
    const expected = durations(ioRecords(typescript.trace))
    expect(expected).toHaveLength(urls.length)
    expect(new Set(expected.map(([, ms]) => ms)).size).toBeGreaterThan(4)
    expect(durations(fetches(python))).toEqual(expected)
  })

  test('every run starts with a fresh world: routes a program added are gone in the next run', async () => {
    const first = await runPython(`
      import asyncio
      from looplab import world
      world.route('/x', body='first run')
      async def main():
          async with world.session() as session:
              print(await (await session.get('/x')).text())
      asyncio.run(main())
    `)
    const second = await runPython(`
      import asyncio
      from looplab import world
      async def main():
          async with world.session() as session:
              print(await (await session.get('/x')).text())
      asyncio.run(main())
    `)
    expect(lines(first)).toEqual(['first run'])
    expect(lines(second)).toEqual(['{"url":"http://localhost/x","simulated":true}'])
  })

  test('the same world program gives the same trace, byte for byte, run after run', async () => {
    const source = `
      import asyncio
      from looplab import world
      world.route('/items/:id', latency_ms=20, jitter_ms=30, fail_every=4)
      async def get(session, i):
          try:
              return (await session.get(f'/items/{i}')).status
          except world.ClientError:
              return 'failed'
      async def main():
          server = world.create_server(lambda request: world.Response(text='ok'))
          server.simulate_load(clients=3, requests_per_client=3, interval_ms=7, network_latency_ms=2)
          async with world.session() as session:
              print(await asyncio.gather(*(get(session, i) for i in range(8))))
          print((await server.done()).p95)
      asyncio.run(main())
    `
    const encoded = (result: Awaited<ReturnType<typeof runPython>>) =>
      result.batches
        .map((batch) => `${batch.firstSeq}:${Buffer.from(batch.bytes).toString('base64')}:${JSON.stringify(batch.strings)}`)
        .join('\n')
    const first = await runPython(source)
    const second = await runPython(source)
    expect(lines(first)[0]).toContain("'failed'")
    expect(encoded(second)).toBe(encoded(first))
  })

  test('bad arguments get errors that name the option, and a closed session refuses requests as aiohttp does', async () => {
    const result = await runPython(`
      import asyncio
      from looplab import world

      for call in (lambda: world.route('/x', latency_ms=-1), lambda: world.route('x'), lambda: world.route('/x', fail_every=0),
                   lambda: world.route('/x', status=99), lambda: world.ClientTimeout(total=-1)):
          try:
              call()
          except (TypeError, ValueError) as error:
              print(type(error).__name__, error)

      async def main():
          session = world.session()
          await session.close()
          try:
              await session.get('/x')
          except RuntimeError as error:
              print('closed:', error)
          async with world.session() as session:
              try:
                  await session.get('users/1')
              except world.InvalidURL as error:
                  print('InvalidURL', isinstance(error, ValueError))

      asyncio.run(main())
    `)
    expect(lines(result)).toEqual([
      'ValueError world.route: "latency_ms" must be a number of milliseconds ≥ 0, got -1.',
      'ValueError A route path must start with "/" or be an absolute URL, got \'x\'.',
      'ValueError world.route: "fail_every" must be a whole number ≥ 1, got 0.',
      'ValueError world.route: "status" must be a whole number ≥ 200, got 99.',
      'ValueError ClientTimeout: total must be a number of seconds ≥ 0 or None, got -1.',
      'closed: Session is closed',
      'InvalidURL True',
    ])
  })

  test('a WorldConfig route whose body is a function is refused with a clear error: it belongs in the program', async () => {
    await expect(runPython('print(1)', { network: { routes: [{ path: '/x', body: () => 1 }] } })).rejects.toThrow(
      /world\.route\(path, body=…\)/,
    )
  })
})
