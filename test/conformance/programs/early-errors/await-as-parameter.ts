// `await` cannot name a parameter of an async function: a SyntaxError at the same line and column as V8.
async function load(await) {
  return 1
}
console.log('never printed', load)
