// #private fields and methods keep working across awaits; brand checks with `#x in obj`.
class Account {
  #balance = 0
  #history: string[] = []
  static #instances = 0
  constructor(readonly owner: string) {
    Account.#instances++
  }
  async #record(entry: string) {
    await null
    this.#history.push(entry)
  }
  async deposit(n: number) {
    const before = this.#balance
    await this.#record(`+${n}`)
    this.#balance = before + n
    return this.#balance
  }
  static count() {
    return Account.#instances
  }
  static isAccount(o: object) {
    return #balance in o
  }
  get summary() {
    return `${this.owner}: ${this.#balance} [${this.#history.join(' ')}]`
  }
}
const acc = new Account('ann')
await Promise.all([acc.deposit(5), acc.deposit(7)])
console.log(acc.summary)
await acc.deposit(1)
console.log(acc.summary, Account.count(), Account.isAccount(acc), Account.isAccount({}))
try {
  Object.getOwnPropertyDescriptor(Account.prototype, 'summary')!.get!.call({})
} catch (e) {
  console.log('foreign receiver:', (e as Error).constructor.name)
}
