import { describe, expect, test } from 'vitest'
import { IoKind } from '../../../app/engine/trace/events.ts'
import { ioRecords, isMonotonic, lines, run } from './helpers.ts'

const slowRoutes = {
  network: {
    routes: [
      { path: '/a', latencyMs: 30, body: { name: 'a' } },
      { path: '/b', latencyMs: 60, body: { name: 'b' } },
      { path: '/c', latencyMs: 90, body: 'plain c' },
    ],
  },
}

describe.each(['node', 'browser'] as const)('fetch under the %s profile', (host) => {
  test('fetch resolves after the route latency in virtual time, concurrent fetches take the longest one', () => {
    const result = run(
      `
      const t0 = performance.now()
      const [a, b, c] = await Promise.all([fetch('/a'), fetch('/b'), fetch('/c')])
      console.log('all', Math.round(performance.now() - t0), a.status, (await a.json()).name, (await b.json()).name, await c.text())
      const t1 = performance.now()
      await fetch('/a'); await fetch('/b'); await fetch('/c')
      console.log('sequential', Math.round(performance.now() - t1))
      const d0 = Date.now(); await fetch('/a'); console.log('date', Date.now() - d0 >= 29 && Date.now() - d0 <= 31)
      `,
      { host, world: slowRoutes },
    )
    expect(result.exitCode).toBe(0)
    expect(lines(result)).toEqual(['all 90 200 a b plain c', 'sequential 180', 'date true'])
    const io = ioRecords(result.trace)
    expect(io.slice(0, 3).map((r) => [r.kind, r.label, Math.round(r.end! - r.start)])).toEqual([
      [IoKind.Fetch, 'GET /a', 30],
      [IoKind.Fetch, 'GET /b', 60],
      [IoKind.Fetch, 'GET /c', 90],
    ])
    expect(io.every((r) => r.chained && r.failed === false)).toBe(true)
    expect(isMonotonic(result.trace)).toBe(true)
  })

  test('an unknown URL answers 200 with a simulated JSON body after the default latency', () => {
    const result = run(
      `
      const t0 = performance.now()
      const res = await fetch('https://api.example.com/nothing?x=1')
      console.log(Math.round(performance.now() - t0), res.status, res.ok, res.statusText, res.url, res.headers.get('Content-Type'))
      console.log(JSON.stringify(await res.json()))
      `,
      { host },
    )
    expect(lines(result)).toEqual([
      '100 200 true OK https://api.example.com/nothing?x=1 application/json',
      '{"url":"https://api.example.com/nothing?x=1","simulated":true}',
    ])
    expect(ioRecords(result.trace)[0]!.label).toBe('GET api.example.com/nothing?x=1')
  })
})

describe('routes', () => {
  test('a route added by the program captures :params and computes its body from the request', () => {
    const result = run(`
      world.route('/users/:id', { latencyMs: 20, body: (req) => ({ id: Number(req.params.id), q: req.query.q ?? null, method: req.method }) })
      world.route('https://api.example.com/orders/:order/items/:item', { method: 'POST', status: 201, body: (req) => ({ ...req.params, got: req.body }) })
      const user = await (await fetch('/users/42?q=hi')).json()
      console.log(JSON.stringify(user))
      const res = await fetch('https://api.example.com/orders/7/items/3', { method: 'post', body: JSON.stringify({ qty: 2 }) })
      console.log(res.status, res.statusText, JSON.stringify(await res.json()))
      const other = await fetch('https://other.example.com/orders/7/items/3', { method: 'POST', body: 'x' })
      console.log('other host', (await other.json()).simulated)
    `)
    expect(lines(result)).toEqual([
      '{"id":42,"q":"hi","method":"GET"}',
      '201 Created {"order":"7","item":"3","got":{"qty":2}}',
      'other host true',
    ])
  })

  test('routes match by method, the first match wins, and a later world.route takes precedence', () => {
    const result = run(
      `
      const show = async (url, init) => { const r = await fetch(url, init); console.log(init?.method ?? 'GET', url, r.status, await r.text()) }
      await show('/items')
      await show('/items', { method: 'DELETE' })
      world.route('/items', { body: 'overridden' })
      await show('/items')
      await show('/files/a/b/c.txt')
      `,
      {
        world: {
          network: {
            routes: [
              { method: 'DELETE', path: '/items', status: 204 },
              { path: '/items', body: 'list' },
              { path: '/items', body: 'shadowed' },
              { path: '/files/*', body: 'any file' },
            ],
          },
        },
      },
    )
    expect(lines(result)).toEqual([
      'GET /items 200 list',
      'DELETE /items 204 ',
      'GET /items 200 overridden',
      'GET /files/a/b/c.txt 200 any file',
    ])
  })

  test('an async route body delays the response, and a throwing body answers 500', () => {
    const result = run(`
      world.route('/slow', { latencyMs: 10, body: async () => { await world.sleep(40); return { done: true } } })
      world.route('/broken', { body: () => { throw new Error('database down') } })
      const t0 = performance.now()
      const slow = await fetch('/slow')
      console.log(Math.round(performance.now() - t0), JSON.stringify(await slow.json()))
      const broken = await fetch('/broken')
      console.log(broken.status, broken.ok, JSON.stringify(await broken.json()))
    `)
    expect(lines(result)).toEqual(['50 {"done":true}', '500 false {"error":"Error: database down"}'])
  })

  test('failEvery makes every Nth request to the route fail with TypeError: fetch failed', () => {
    const result = run(
      `
      for (let i = 1; i <= 6; i++) {
        try {
          const res = await fetch('/flaky')
          console.log(i, 'ok', res.status)
        } catch (e) {
          console.log(i, e.name, e.message, e.cause instanceof Error)
        }
      }
      `,
      { world: { network: { routes: [{ path: '/flaky', latencyMs: 5, failEvery: 3 }] } } },
    )
    expect(lines(result)).toEqual([
      '1 ok 200',
      '2 ok 200',
      '3 TypeError fetch failed true',
      '4 ok 200',
      '5 ok 200',
      '6 TypeError fetch failed true',
    ])
    expect(ioRecords(result.trace).map((r) => r.failed)).toEqual([false, false, true, false, false, true])
  })

  test('jitter is deterministic: seeded by the request index and URL, within the jitter range', () => {
    const source = `
      const times = []
      for (let i = 0; i < 8; i++) { const t0 = performance.now(); await fetch('/j'); times.push(performance.now() - t0) }
      console.log(times.every((t) => t >= 50 && t <= 80.1), new Set(times.map(Math.round)).size > 1)
      console.log(times.map((t) => t.toFixed(3)).join(' '))
    `
    const world = { network: { routes: [{ path: '/j', latencyMs: 50, jitterMs: 30 }] } }
    const first = run(source, { world })
    const second = run(source, { world })
    expect(lines(first)[0]).toBe('true true')
    expect(first.stdout).toBe(second.stdout)
  })
})

describe('responses, requests and headers', () => {
  test('body methods settle in a microtask, a body reads once, clone() reads again', () => {
    const result = run(`
      const res = await fetch('/x')
      const copy = res.clone()
      let settled = false
      const p = res.text().then(() => { settled = true })
      console.log('sync', settled, res.bodyUsed)
      await null
      console.log('one tick later', settled)
      try { await res.json() } catch (e) { console.log(e.name, e.message) }
      console.log('clone', (await copy.json()).simulated)
    `)
    expect(lines(result)).toEqual([
      'sync false true',
      'one tick later true',
      'TypeError Body is unusable: Body has already been read',
      'clone true',
    ])
  })

  test('Response, Request and Headers work as constructors too', () => {
    const result = run(`
      const h = new Headers({ 'X-A': '1' })
      h.append('x-a', '2'); h.set('B', '3')
      console.log(h.get('x-A'), h.has('b'), [...h].join('|'), [...h.keys()].join(','))
      const r = new Response('hello', { status: 404, headers: h })
      console.log(r.status, r.ok, r.statusText === '', r.headers.get('content-type'), await r.text())
      const j = Response.json({ a: 1 })
      console.log(j.headers.get('content-type'), JSON.stringify(await j.json()))
      const req = new Request('/things', { method: 'put', body: 'data' })
      const copy = req.clone()
      console.log(req.method, req.url, await req.text(), req.signal.aborted)
      const viaRequest = await fetch(copy)
      console.log(viaRequest.url)
      try { await fetch('not a url') } catch (e) { console.log(e.name, e.message) }
    `)
    expect(lines(result)).toEqual([
      '1, 2 true b,3|x-a,1, 2 b,x-a',
      '404 false true text/plain;charset=UTF-8 hello',
      'application/json {"a":1}',
      'PUT http://localhost/things data false',
      'http://localhost/things',
      'TypeError Failed to parse URL from not a url',
    ])
  })
})
