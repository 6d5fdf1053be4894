// Well-known symbols: toPrimitive, toStringTag, hasInstance and asyncIterator used in async code.
class Money {
  constructor(readonly cents: number) {}
  [Symbol.toPrimitive](hint: string) {
    return hint === 'number' ? this.cents / 100 : `$${(this.cents / 100).toFixed(2)}`
  }
  get [Symbol.toStringTag]() {
    return 'Money'
  }
  static [Symbol.hasInstance](v: unknown) {
    return typeof v === 'object' && v !== null && 'cents' in v
  }
}
const m = new Money(1234)
console.log(`${m}`, +m, m + '', Object.prototype.toString.call(m))
console.log({ cents: 5 } instanceof Money)
const ticker = {
  async *[Symbol.asyncIterator]() {
    for (const c of [100, 250]) {
      await null
      yield new Money(c)
    }
  },
}
for await (const money of ticker) console.log(String(money))
