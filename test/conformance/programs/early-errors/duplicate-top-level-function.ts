// At a module's top level two function declarations may not share a name: a SyntaxError at the same line and column as V8.
async function step() {
  return 1
}
async function step() {
  return 2
}
console.log('never printed', step)
