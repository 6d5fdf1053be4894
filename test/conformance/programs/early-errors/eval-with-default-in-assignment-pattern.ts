// `eval` with a default in an object assignment pattern: V8's "Unexpected eval or arguments in strict mode", at its line and column.
let a
async function main() {
  ;({ a = 1, b: { eval = 2 } } = await Promise.resolve({ b: {} }))
  console.log(a)
}
console.log('never printed', main)
