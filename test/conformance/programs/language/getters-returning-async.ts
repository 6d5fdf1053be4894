// Getters and static getters that return promises, and async methods on object literals used as lazy caches.
class Lazy {
  static #loads = 0
  #cache: Promise<string> | undefined
  get data(): Promise<string> {
    return (this.#cache ??= (async () => {
      Lazy.#loads++
      console.log('loading...')
      await new Promise((r) => setTimeout(r, 5))
      return 'payload'
    })())
  }
  static get loads() {
    return Lazy.#loads
  }
}
const l = new Lazy()
const [a, b] = await Promise.all([l.data, l.data])
console.log(a, b, 'loads', Lazy.loads)
console.log(await l.data, 'loads', Lazy.loads)
const obj = {
  get later() {
    return Promise.resolve('from object getter')
  },
}
console.log(await obj.later)
