// A `var` in a nested block clashes with a `let` of the same name: a SyntaxError at the same line and column as V8.
let count = 0
async function tick() {
  {
    var count = 1
  }
  return count
}
let count2 = 0
{
  var count = 2
}
console.log('never printed', tick, count2)
