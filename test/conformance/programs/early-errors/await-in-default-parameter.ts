// An async function's default parameter cannot await: a SyntaxError at the same line and column as V8.
async function load(x = await Promise.resolve(1)) {
  return x
}
console.log('never printed', load)
