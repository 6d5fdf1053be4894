// Any value can be thrown and caught: null, undefined, strings, numbers, objects, symbols, functions.
const values: unknown[] = [null, undefined, 'a string', 42, 0, false, { code: 'E1' }, Symbol('sym'), () => 'fn', 10n]
for (const v of values) {
  try {
    throw v
  } catch (e) {
    console.log(typeof e, e === v, typeof e === 'symbol' ? e.toString() : typeof e === 'function' ? 'function' : e)
  }
}
const results = await Promise.allSettled(values.slice(0, 4).map(async (v) => { throw v }))
console.log(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'x')).join(' | '))
