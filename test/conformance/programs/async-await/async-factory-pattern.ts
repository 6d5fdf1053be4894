// The async static factory pattern: private constructor-like init, then awaited initialisation steps.
class Connection {
  #log: string[] = []
  private constructor(readonly id: number) {}
  static async open(id: number) {
    const c = new Connection(id)
    await c.#step('handshake')
    await c.#step('auth')
    return c
  }
  async #step(name: string) {
    await null
    this.#log.push(name)
    console.log(`conn ${this.id}: ${name}`)
  }
  get history() {
    return this.#log.join(' > ')
  }
}
const [a, b] = await Promise.all([Connection.open(1), Connection.open(2)])
console.log(a.history, '|', b.history)
