// A class constructor cannot be a generator: a SyntaxError at the same line and column as V8.
class Numbers {
  *constructor() {
    yield 1
  }
}
console.log('never printed', Numbers)
