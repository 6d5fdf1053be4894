// Headers as Node's undici keeps them: names as first given for console.log, sorted lower-case iteration that sees later appends, Set-Cookie values kept apart, and undici's errors.
const h = new Headers({ b: '2', a: '1', 'Set-Cookie': 'x=1' })
h.append('set-cookie', 'y=2')
const it = h.entries()
console.log(Object.prototype.toString.call(it), it, Object.getPrototypeOf(it), Object.getOwnPropertyNames(Object.getPrototypeOf(it)), [...h], h.getSetCookie(), h.get('set-cookie'))
console.log(h)
console.log(String(h), { nested: { deeper: { h } } })
h.forEach(function (v, k, o) {
  console.log(v, k, o === h)
}, 7)
const attempts: (() => unknown)[] = [
  () => new Headers(5 as unknown as HeadersInit),
  () => new Headers([['1']] as unknown as HeadersInit),
  () => h.forEach(1 as unknown as () => void),
  () => Headers.prototype.get.call({}, 'a'),
  () => h.append('a b', '1'),
  () => (h.get as () => unknown)(),
  () => (h.append as (a: string) => unknown)('a'),
  () => (h.append as () => unknown)(),
  () => (h.set as (a: string) => unknown)('a'),
  () => (h.has as () => unknown)(),
  () => (h.delete as () => unknown)(),
  () => h.append('a', 'x\ny'),
  () => h.set('', 'v'),
  () => new Headers({ a: '1' }).get('A'),
  () => {
    h.append('x', '  padded \t')
    return JSON.stringify(h.get('x'))
  },
  () => new Headers(null as unknown as HeadersInit),
  () => new Headers([['a', '1', '2']] as unknown as HeadersInit),
  () => h.entries.call({}),
  () => {
    const keys = new Headers({ a: '1' }).keys()
    return [keys.next(), keys.next(), Object.getPrototypeOf(Object.getPrototypeOf(keys)) === Object.getPrototypeOf(Object.getPrototypeOf([].keys()))]
  },
  () => (Object.getPrototypeOf(h.keys()) as { next: () => unknown }).next.call({}),
  () => new Headers(new Headers({ Q: '1' })),
  () => new Headers({ a: 1, b: null, c: undefined } as unknown as HeadersInit),
  () => {
    const x = new Headers({ a: '1', b: '2' })
    const seen: string[] = []
    for (const [k] of x) {
      seen.push(k)
      if (k === 'a') x.append('c', '3')
    }
    return seen
  },
  () => Headers.prototype.entries === Headers.prototype[Symbol.iterator],
  () => {
    const x = new Headers([['Content-Type', 'a'], ['content-type', 'b']])
    x.set('CONTENT-type', 'c')
    x.delete('nothing')
    return [x, [...x.keys()], [...x.values()], x.has('Content-Type')]
  },
]
for (const attempt of attempts) {
  try {
    console.log(attempt())
  } catch (error) {
    console.log((error as Error).name, (error as Error).message)
  }
}
