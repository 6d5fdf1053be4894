// An async arrow with a rest parameter cannot say "use strict": a SyntaxError at the same line and column as V8.
const load = async (...parts) => {
  "use strict"
  return parts
}
console.log('never printed', load)
