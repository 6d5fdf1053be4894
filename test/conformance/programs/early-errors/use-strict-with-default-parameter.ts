// A "use strict" directive is not allowed with non-simple parameters: a SyntaxError at the same line and column as V8.
async function load(a, b = 1) {
  'use strict'
  return a + b
}
console.log('never printed', load)
