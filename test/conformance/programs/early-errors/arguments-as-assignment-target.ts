// `arguments` cannot be assigned through an assignment pattern in strict code (every module): a SyntaxError at V8's line and column.
async function main() {
  for await ([arguments] of [[1]]) console.log(arguments)
}
console.log('never printed', main)
