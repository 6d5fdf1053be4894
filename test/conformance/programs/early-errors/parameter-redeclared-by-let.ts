// A parameter cannot be redeclared by `let` in the function body: a SyntaxError at the same line and column as V8.
async function load(url) {
  let url = 'again'
  return url
}
console.log('never printed', load)
