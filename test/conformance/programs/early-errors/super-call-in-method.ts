// `super()` is only allowed in the constructor of a derived class: a SyntaxError at the same line and column as V8.
class Loader {
  async load() {
    super()
  }
}
console.log('never printed', Loader)
