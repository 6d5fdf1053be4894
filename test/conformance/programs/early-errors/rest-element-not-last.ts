// A rest element in a binding pattern must be last: a SyntaxError at the same line and column as V8.
async function* pairs([...rest, last]) {
  yield [rest, last]
}
console.log('never printed', pairs)
