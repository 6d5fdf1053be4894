// A class constructor cannot be async: a SyntaxError at the same line and column as V8.
class Loader {
  async constructor() {
    await 1
  }
}
console.log('never printed', Loader)
