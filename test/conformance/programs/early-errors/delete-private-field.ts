// A private field cannot be deleted: a SyntaxError at the same line and column as V8.
class Cache {
  #entries = new Map()
  async clear() {
    delete this.#entries
  }
}
console.log('never printed', Cache)
