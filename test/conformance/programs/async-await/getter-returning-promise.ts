// Getters cannot be async, but may return promises; awaiting them interleaves with other work.
class Store {
  #data = new Map<string, string>([['a', 'alpha']])
  get ready(): Promise<boolean> {
    console.log('ready getter read')
    return Promise.resolve(true)
  }
  get item() {
    return (async () => {
      await null
      return this.#data.get('a')
    })()
  }
}
const s = new Store()
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'))
console.log('ready?', await s.ready)
console.log('item', await s.item)
