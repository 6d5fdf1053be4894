// Errors print their stack (frames pinned to a fixed fake line here); extra props, name and cause are appended, nested errors indented.
const pin = <E extends Error>(e: E): E => {
  e.stack = `${e.stack!.split('\n')[0]}\n    at frame (program.ts:1:1)`
  return e
}
console.log(pin(new Error('plain')))
console.log(pin(Object.assign(new RangeError('with props'), { code: 'E_RANGE', detail: { n: 1 } })))
console.log(pin(new Error('outer', { cause: pin(new TypeError('inner')) })))
console.log({ wrapped: pin(new Error('in object')) })
class MyErr extends Error {
  name = 'MyErr'
}
console.log(pin(new MyErr('custom')))
const renamed = pin(new Error('renamed later'))
renamed.name = 'Renamed'
console.log(renamed)
const noStack = new Error('no stack')
noStack.stack = undefined
console.log(noStack)
const headerOnly = new TypeError('header only')
headerOnly.stack = 'TypeError: header only'
console.log(headerOnly, [headerOnly])
const odd = new Error('odd')
odd.stack = 'a completely custom stack text'
console.log(odd)
console.log([pin(new SyntaxError('in array'))])
console.log(pin(new AggregateError([pin(new Error('a')), 'b'], 'aggregate')))
