// A private name cannot be declared twice: a SyntaxError at the same line and column as V8.
class Queue {
  async #drain() {}
  async #drain() {}
}
console.log('never printed', Queue)
