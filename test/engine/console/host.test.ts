/**
 * Values only the modeled runtime can see into — promise states, proxy
 * targets, iterator contents, lowered async functions, rewritten stacks —
 * come from the host. A test host built on WeakMap registries stands in for
 * the runtime; each expectation is Node's output for a real native promise,
 * proxy or iterator in the same state.
 */
import util from 'node:util'
import { describe, expect, test } from 'vitest'
import { formatWithOptions } from '../../../app/engine/runtime/console/format.ts'
import { inspect } from '../../../app/engine/runtime/console/inspect.ts'
import { createTestHost } from './testHost.ts'

const throwingHandler: ProxyHandler<object> = {
  get() {
    throw new Error('get trap')
  },
  getOwnPropertyDescriptor() {
    throw new Error('descriptor trap')
  },
  ownKeys() {
    throw new Error('ownKeys trap')
  },
  has() {
    throw new Error('has trap')
  },
  getPrototypeOf() {
    throw new Error('getPrototypeOf trap')
  },
}

describe('promises', () => {
  const rows: [string, (t: ReturnType<typeof createTestHost>) => unknown][] = [
    ['a fulfilled promise', (t) => t.fulfilled(1)],
    ['a pending promise', (t) => t.pending()],
    ['a rejected promise', (t) => t.rejected(42)],
    ['a promise fulfilled with an object', (t) => t.fulfilled({ a: [1, 2] })],
    ['a promise fulfilled with a string and with undefined', (t) => [t.fulfilled('str'), t.fulfilled(undefined)]],
    ['a promise rejected with an object', (t) => t.rejected({ code: 7 })],
    [
      'a promise rejected with an error',
      (t) => {
        const e = new Error('nope')
        e.stack = 'Error: nope\n    at f (a.js:1:1)'
        return t.rejected(e)
      },
    ],
    ['a promise nested in an object', (t) => ({ p: t.fulfilled(2) })],
    ['a promise fulfilled with a deep object', (t) => t.fulfilled({ a: { b: { c: { d: 1 } } } })],
    [
      'a promise subclass instance',
      (t) => {
        class MyP<T> extends Promise<T> {}
        return t.promise(MyP.resolve(3), { state: 'fulfilled', value: 3 })
      },
    ],
    ['a promise with an extra property', (t) => Object.assign(t.fulfilled(1), { tag: 'x' })],
    ['a promise past the depth limit', (t) => ({ a: { b: { c: t.fulfilled(1) } } })],
    [
      'a promise fulfilled with itself-like circular data',
      (t) => {
        const o: Record<string, unknown> = {}
        o.self = o
        return t.fulfilled(o)
      },
    ],
  ]
  for (const [description, make] of rows) {
    test(`inspect formats ${description} as Node does`, () => {
      const t = createTestHost()
      const value = make(t)
      expect(inspect(value, undefined, t.host)).toBe(util.inspect(value))
    })
  }

  test('format prints a promise among other arguments as Node does', () => {
    const t = createTestHost()
    const args = ['right away:', t.pending(), t.fulfilled('done')]
    expect(formatWithOptions({}, args, t.host)).toBe(util.format(...args))
  })
})

describe('proxies', () => {
  test('inspect formats a proxy as its target without running any trap, as Node does', () => {
    const t = createTestHost()
    const proxy = t.proxy({ target: true, nested: { a: 1 } }, throwingHandler)
    expect(inspect(proxy, undefined, t.host)).toBe(util.inspect(proxy))
  })

  test('inspect formats a proxied array and function as their targets as Node does', () => {
    const t = createTestHost()
    const values = [t.proxy([1, 2, 3], throwingHandler), t.proxy(function target() {}, throwingHandler)]
    expect(inspect(values, undefined, t.host)).toBe(util.inspect(values))
  })

  test('inspect formats a proxy of a proxy as the innermost target as Node does', () => {
    const t = createTestHost()
    const inner = t.proxy({ a: 1 }, {})
    const outer = t.proxy(inner, {})
    expect(inspect(outer, undefined, t.host)).toBe(util.inspect(outer))
  })

  test('inspect with showProxy prints Proxy [ target, handler ] as Node does', () => {
    const t = createTestHost()
    const proxy = t.proxy([1, 2], {})
    expect(inspect(proxy, { showProxy: true }, t.host)).toBe(util.inspect(proxy, { showProxy: true }))
  })

  test('format %o shows a proxy with its handler as Node does', () => {
    const t = createTestHost()
    const args = ['%o', t.proxy({ a: 1 }, {})]
    expect(formatWithOptions({}, args, t.host)).toBe(util.format(...args))
  })

  test('format %s on a proxied object inspects its target as Node does', () => {
    const t = createTestHost()
    const args = ['%s', t.proxy({ a: 1 }, {})]
    expect(formatWithOptions({}, args, t.host)).toBe(util.format(...args))
  })

  test('inspect prints a revoked proxy as <Revoked Proxy>, as Node does', () => {
    const t = createTestHost()
    const values = [t.revokedProxy(), { nested: t.revokedProxy() }]
    expect(inspect(values, undefined, t.host)).toBe(util.inspect(values))
    expect(inspect(values[0], { showProxy: true }, t.host)).toBe(util.inspect(values[0], { showProxy: true }))
  })

  test('format %s on a revoked proxy as Node does', () => {
    const t = createTestHost()
    const args = ['%s', t.revokedProxy()]
    expect(formatWithOptions({}, args, t.host)).toBe(util.format(...args))
  })

  test('inspect calls a custom inspect method found on a proxy target as Node does', () => {
    const t = createTestHost()
    const proxy = t.proxy({ [util.inspect.custom]: () => 'C' }, throwingHandler)
    expect(inspect(proxy, undefined, t.host)).toBe(util.inspect(proxy))
  })
})

describe('iterators', () => {
  const rows: [string, (t: ReturnType<typeof createTestHost>) => unknown][] = [
    [
      'a Map keys iterator',
      (t) =>
        t.iterator(
          new Map([
            [1, 2],
            [3, 4],
          ]),
          'keys',
        ),
    ],
    ['a Map values iterator', (t) => t.iterator(new Map([[1, { a: 1 }]]), 'values')],
    ['a Map entries iterator as [Map Entries]', (t) => t.iterator(new Map([['a', 1]]), 'entries')],
    ['a Set values iterator', (t) => t.iterator(new Set(['x', 'y']), 'values')],
    ['a Set entries iterator as [Set Entries]', (t) => t.iterator(new Set([1]), 'entries')],
    ['an empty Map iterator', (t) => t.iterator(new Map(), 'keys')],
    ['a Map iterator nested in an object', (t) => ({ it: t.iterator(new Map([[1, 2]]), 'entries') })],
  ]
  for (const [description, make] of rows) {
    test(`inspect formats ${description} as Node does`, () => {
      const t = createTestHost()
      const value = make(t)
      expect(inspect(value, undefined, t.host)).toBe(util.inspect(value))
    })
  }

  test('inspect cuts a long Map iterator at maxArrayLength as Node does', () => {
    const t = createTestHost()
    const map = new Map(Array.from({ length: 5 }, (_, i) => [i, i]))
    const value = t.iterator(map, 'keys')
    expect(inspect(value, { maxArrayLength: 2 }, t.host)).toBe(util.inspect(map.keys(), { maxArrayLength: 2 }))
  })

  test('without a host preview, Map iterators print <items unknown>', () => {
    expect(inspect(new Map([[1, 2]]).keys())).toBe('[Map Iterator] { <items unknown> }')
  })
})

describe('lowered functions and rewritten stacks', () => {
  test('inspect names a lowered async function [AsyncFunction: g] as Node does for the native one', () => {
    const t = createTestHost()
    const lowered = t.lowered(function g() {}, 'AsyncFunction')
    expect(inspect(lowered, undefined, t.host)).toBe(util.inspect(async function g() {}))
  })

  test('inspect names lowered generator kinds as Node does for the native ones', () => {
    const t = createTestHost()
    const values = [
      t.lowered(function h() {}, 'GeneratorFunction'),
      t.lowered(function k() {}, 'AsyncGeneratorFunction'),
      t.lowered(function () {}, 'AsyncFunction'),
    ]
    expect(inspect(values, undefined, t.host)).toBe(util.inspect([function* h() {}, async function* k() {}, async function () {}]))
  })

  test('inspect prints the stack the host rewrote, as Node prints that stack', () => {
    const t = createTestHost()
    const error = t.rewriteStack(Object.assign(new Error('boom'), { code: 'E' }), 'Error: boom\n    at main (program.ts:3:9)')
    const native = Object.assign(new Error('boom'), { code: 'E' })
    native.stack = 'Error: boom\n    at main (program.ts:3:9)'
    expect(inspect({ error }, undefined, t.host)).toBe(util.inspect({ error: native }))
  })
})
