// util.inspect of nested class instances, getters, symbols and a custom depth.
import util from 'node:util'

class Money {
  constructor(public amount: number, public currency: string) {}
  get formatted() {
    return `${this.amount} ${this.currency}`
  }
}
class Order {
  id = 'A-1'
  lines = [{ sku: 'X', price: new Money(5, 'EUR') }, { sku: 'Y', price: new Money(7, 'EUR') }]
  meta = { created: new Date(0), tags: new Set(['new']), [Symbol('internal')]: true }
}
console.log(new Order())
console.log(util.inspect(new Order(), { depth: 0 }))
console.log(util.inspect(new Order(), { depth: 4, breakLength: 120 }))
console.log(util.inspect(new Money(1, 'USD'), { getters: true }))
