// In a module `await` is reserved even inside a plain function: a SyntaxError at the same line and column as V8.
function helper() {
  const o = { await }
  return o
}
console.log('never printed', helper)
