// `super.x` is not allowed in a plain async function: a SyntaxError at the same line and column as V8.
async function load() {
  return super.load
}
console.log('never printed', load)
