// An object literal with a getter cannot be a destructuring assignment target: a SyntaxError at V8's line and column.
let x
async function main() {
  for await ([{ get x() { return 1 } }] of [[{}]]) console.log(x)
}
console.log('never printed', main)
