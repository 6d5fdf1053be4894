// A parenthesized comma expression nested in a for-await assignment pattern is no assignment target: a SyntaxError at V8's line and column.
let x, y
async function main() {
  for await ([[(x, y)]] of [[[]]]) console.log(x, y)
}
console.log('never printed', main)
