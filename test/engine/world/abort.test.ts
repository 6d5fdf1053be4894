import { describe, expect, test } from 'vitest'
import { IoKind } from '../../../app/engine/trace/events.ts'
import { withoutStackFrames } from '../../conformance/corpus.ts'
import { runNative } from '../../conformance/native.ts'
import { ioRecords, lines, run } from './helpers.ts'

const slow = {
  network: {
    routes: [
      { path: '/slow', latencyMs: 200, body: 'slow' },
      { path: '/fast', latencyMs: 20, body: 'fast' },
    ],
  },
}

describe('aborting fetch', () => {
  test('a signal aborted before fetch rejects at once with its reason, without any request', () => {
    const result = run(
      `
      const c = new AbortController()
      c.abort()
      try { await fetch('/slow', { signal: c.signal }) } catch (e) { console.log(e === c.signal.reason, e.name, e.message, e instanceof DOMException) }
      try { await fetch('/slow', { signal: AbortSignal.abort('no thanks') }) } catch (e) { console.log(e) }
    `,
      { world: slow },
    )
    expect(lines(result)).toEqual(['true AbortError This operation was aborted true', 'no thanks'])
    expect(ioRecords(result.trace).filter((r) => r.kind === IoKind.Fetch)).toEqual([])
  })

  test('aborting an in-flight fetch cancels the request and rejects at the moment of the abort', () => {
    const result = run(
      `
      const c = new AbortController()
      const t0 = performance.now()
      setTimeout(() => c.abort(), 30)
      try { await fetch('/slow', { signal: c.signal }) } catch (e) { console.log('rejected after', Math.round(performance.now() - t0), e.name) }
    `,
      { world: slow },
    )
    expect(lines(result)).toEqual(['rejected after 30 AbortError'])
    const [request] = ioRecords(result.trace)
    expect(request).toMatchObject({ kind: IoKind.Fetch, label: 'GET /slow' })
    expect(request!.cancelled).toBe(true)
    expect(Math.round(request!.end!)).toBe(30)
    expect(result.trace.time[result.trace.count - 1]! / 1000).toBeLessThan(40)
  })

  test('aborting after the response arrived leaves the response alone but errors an unread body', () => {
    const result = run(
      `
      const c = new AbortController()
      const read = await fetch('/fast', { signal: c.signal })
      const unread = await fetch('/fast', { signal: c.signal })
      console.log(await read.text())
      c.abort()
      console.log(read.status, unread.status)
      try { await unread.text() } catch (e) { console.log('unread body:', e.name) }
    `,
      { world: slow },
    )
    expect(lines(result)).toEqual(['fast', '200 200', 'unread body: AbortError'])
  })

  test('AbortSignal.timeout wins the race against a slow fetch and loses against a fast one', () => {
    const result = run(
      `
      const t0 = performance.now()
      try { await fetch('/slow', { signal: AbortSignal.timeout(50) }) } catch (e) { console.log(Math.round(performance.now() - t0), e.name, e.message, e.code) }
      const t1 = performance.now()
      const res = await fetch('/fast', { signal: AbortSignal.timeout(50) })
      console.log(Math.round(performance.now() - t1), await res.text())
    `,
      { world: slow },
    )
    expect(lines(result)).toEqual(['50 TimeoutError The operation was aborted due to timeout 23', '20 fast'])
    const timeouts = ioRecords(result.trace).filter((r) => r.kind === IoKind.AbortTimeout)
    expect(timeouts.map((r) => r.label)).toEqual(['AbortSignal.timeout(50)', 'AbortSignal.timeout(50)'])
  })

  test('AbortSignal.any follows the first of its signals to abort, with that reason', () => {
    const result = run(
      `
      const user = new AbortController()
      const signal = AbortSignal.any([user.signal, AbortSignal.timeout(100)])
      signal.addEventListener('abort', () => console.log('any aborted:', signal.reason))
      setTimeout(() => user.abort('user cancelled'), 30)
      const t0 = performance.now()
      try { await fetch('/slow', { signal }) } catch (e) { console.log(Math.round(performance.now() - t0), e) }
      const both = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(10)])
      try { await fetch('/slow', { signal: both }) } catch (e) { console.log(e.name) }
    `,
      { world: slow },
    )
    expect(lines(result)).toEqual(['any aborted: user cancelled', '30 user cancelled', 'TimeoutError'])
  })
})

describe('AbortSignal.timeout and the node event loop', () => {
  test('a pending AbortSignal.timeout(1000) alone does not keep a node program alive', () => {
    const result = run(`
      const signal = AbortSignal.timeout(1000)
      signal.onabort = () => console.log('timed out')
      console.log('end of module')
    `)
    expect(lines(result)).toEqual(['end of module'])
    expect(result.exitCode).toBe(0)
    expect(result.trace.time[result.trace.count - 1]! / 1000).toBeLessThan(5)
  })

  test('the timeout still fires while something else keeps the program alive', () => {
    const result = run(`
      const signal = AbortSignal.timeout(100)
      signal.onabort = () => console.log('timed out at', Math.round(performance.now()), signal.reason.name)
      setTimeout(() => console.log('timer at', Math.round(performance.now())), 300)
    `)
    expect(lines(result)).toEqual(['timed out at 100 TimeoutError', 'timer at 300'])
  })
})

describe('AbortController and EventTarget behave as in Node 20', () => {
  const programs: Record<string, string> = {
    'listeners fire in registration order, onabort included, and abort is synchronous': `
      const c = new AbortController()
      c.signal.addEventListener('abort', (e) => console.log('l1', e.type, c.signal.aborted, e.isTrusted, e.target === c.signal))
      c.signal.onabort = () => console.log('onabort')
      c.signal.addEventListener('abort', () => console.log('l2'))
      c.signal.addEventListener('abort', { handleEvent(e) { console.log('handleEvent', e.type) } })
      const any = AbortSignal.any([c.signal])
      any.addEventListener('abort', () => console.log('any', any.reason === c.signal.reason))
      console.log('before', c.signal.aborted, c.signal.reason)
      c.abort()
      c.abort('again')
      console.log('after', c.signal.reason instanceof DOMException, c.signal.reason instanceof Error, String(c.signal.reason), c.signal.reason.code)
      try { c.signal.throwIfAborted() } catch (e) { console.log('thrown', e === c.signal.reason) }
      console.log(AbortSignal.abort().reason.message, AbortSignal.abort('x').reason, AbortSignal.abort().aborted)
      try { new AbortSignal() } catch (e) { console.log(e.name, e.message, e.code) }
      console.log(Object.prototype.toString.call(c.signal), Object.prototype.toString.call(c), c.signal, c)
      console.log(new DOMException('m', 'AbortError').name, new DOMException('m').name, new DOMException('m', 'TimeoutError').code, new DOMException('m', { name: 'DataCloneError' }).code)
    `,
    'composite signals abort after their sources, and handlers keep their place': `
      const a = new AbortController(), b = new AbortController()
      const ab = AbortSignal.any([a.signal, b.signal])
      const abab = AbortSignal.any([ab, a.signal])
      ab.onabort = () => console.log('ab', ab.reason)
      abab.onabort = () => console.log('abab', abab.reason)
      a.signal.onabort = () => console.log('a')
      b.abort('B'); a.abort('A')
      console.log(AbortSignal.any([new AbortController().signal, AbortSignal.abort('r')]).reason)
      const s = new AbortController()
      s.signal.onabort = () => console.log('first handler')
      s.signal.addEventListener('abort', () => console.log('listener'))
      s.signal.onabort = null
      s.signal.onabort = () => console.log('replaced handler')
      s.abort()
    `,
    'EventTarget: once, signal, preventDefault, stopImmediatePropagation, CustomEvent': `
      const t = new EventTarget()
      const h = () => console.log('once')
      t.addEventListener('x', h, { once: true })
      t.addEventListener('x', h)
      t.addEventListener('x', (e) => { console.log('x', e.defaultPrevented, e.cancelable); e.preventDefault(); e.stopImmediatePropagation() })
      t.addEventListener('x', () => console.log('never'))
      console.log('dispatch', t.dispatchEvent(new Event('x', { cancelable: true })), t.dispatchEvent(new Event('x')))
      const ac = new AbortController()
      t.addEventListener('y', () => console.log('y listener'), { signal: ac.signal })
      t.dispatchEvent(new Event('y')); ac.abort(); t.dispatchEvent(new Event('y'))
      t.addEventListener('ready', (e) => console.log('detail', e.detail, e instanceof Event))
      t.dispatchEvent(new CustomEvent('ready', { detail: { n: 1 } }))
      const e = new Event('q'); console.log(e.eventPhase, e.composed, e.returnValue, e.bubbles, e.isTrusted)
    `,
    'a throwing listener does not stop the dispatch; Node reports it on the next tick': `
      process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin))
      const t = new EventTarget()
      t.addEventListener('x', () => { throw new Error('boom') })
      t.addEventListener('x', () => console.log('second'))
      process.nextTick(() => console.log('tick before'))
      Promise.resolve().then(() => console.log('micro'))
      t.dispatchEvent(new Event('x'))
      console.log('after')
    `,
  }
  for (const [name, source] of Object.entries(programs)) {
    test(name, async () => {
      const native = await runNative(source, 'world-abort')
      const engine = run(source)
      expect(withoutStackFrames(engine.stdout)).toBe(withoutStackFrames(native.stdout))
      expect(engine.exitCode).toBe(native.exitCode)
    })
  }
})
