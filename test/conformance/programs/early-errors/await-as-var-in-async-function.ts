// `await` cannot name a variable inside an async function: a SyntaxError at the same line and column as V8.
async function load() {
  var await = 1
  return await
}
console.log('never printed', load)
