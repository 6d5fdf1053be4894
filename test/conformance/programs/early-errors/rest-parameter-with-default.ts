// A rest parameter cannot have a default: a SyntaxError at the same line and column as V8.
async function all(...tasks = []) {
  return tasks
}
console.log('never printed', all)
