// `yield` is reserved in strict code, also as a destructuring target: a SyntaxError at the same line and column as V8.
let yielded
function take() {
  ;({ yield } = { yield: 1 })
}
console.log('never printed', take, yielded)
