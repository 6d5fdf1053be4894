// An arrow's parameters cannot await, even inside an async function: a SyntaxError at the same line and column as V8.
async function outer() {
  const inner = (x = await 1) => x
  return inner
}
console.log('never printed', outer)
