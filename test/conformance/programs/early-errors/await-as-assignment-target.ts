// An await expression cannot be assigned to: a SyntaxError at the same line and column as V8.
async function main() {
  let x
  ;(await x) = 1
}
console.log('never printed', main)
