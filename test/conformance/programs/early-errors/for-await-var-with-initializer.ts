// A for-await loop variable cannot have an initializer: a SyntaxError at the same line and column as V8.
async function main() {
  for await (var x = 1 of [Promise.resolve(2)]) console.log(x)
}
console.log('never printed', main)
