// A class implementing [Symbol.asyncIterator] as an async generator method, with private state, paged by timers.
class Paged {
  #pages: string[][]
  constructor(pages: string[][]) {
    this.#pages = pages
  }
  async *[Symbol.asyncIterator]() {
    for (const [i, page] of this.#pages.entries()) {
      await new Promise((r) => setTimeout(r, 2))
      console.log('fetched page', i)
      yield* page
    }
  }
}
const items: string[] = []
for await (const item of new Paged([['a', 'b'], [], ['c']])) {
  items.push(item)
  console.log('item', item)
}
console.log(items.length)
