// A catch parameter cannot be redeclared by `let` in its block: a SyntaxError at the same line and column as V8.
try {
  JSON.parse('{')
} catch (error) {
  let error = 'hidden'
  console.log(error)
}
