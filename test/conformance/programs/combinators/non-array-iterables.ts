// Combinators accept any iterable: Set, Map entries, strings and generators, consuming them eagerly.
function* gen() {
  console.log('gen: yield 1')
  yield 1
  console.log('gen: yield promise')
  yield Promise.resolve(2)
  console.log('gen: done')
}
const p = Promise.all(gen())
console.log('Promise.all returned')
console.log(await p)
console.log(await Promise.all(new Set(['a', Promise.resolve('b'), 'a'])))
console.log(await Promise.allSettled('hi'))
console.log(await Promise.race(new Map([['k', 'v']]).values()))
const notIterable = await Promise.all(42 as never).catch((e) => e.constructor.name)
console.log('non-iterable rejects with', notIterable)
