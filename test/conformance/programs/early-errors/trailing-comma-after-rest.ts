// A rest parameter cannot be followed by a trailing comma: a SyntaxError at the same line and column as V8.
async function all(first, ...rest,) {
  return [first, rest]
}
console.log('never printed', all)
