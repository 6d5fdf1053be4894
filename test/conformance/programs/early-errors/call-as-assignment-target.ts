// A call, an optional chain or an object-rest pattern is no destructuring assignment target: a SyntaxError at V8's line and column.
const target = { value: 0 }
const get = () => target
async function main() {
  ;[target.value, (target).value] = await Promise.resolve([1, 2])
  ;({ a: target.value, ...get() } = await Promise.resolve({ a: 3, b: 4 }))
}
console.log('never printed', main)
