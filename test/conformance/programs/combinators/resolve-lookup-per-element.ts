// Combinators look up this.resolve once and call it for every element, in order, synchronously.
class Logged<T> extends Promise<T> {
  static resolve(v?: unknown): any {
    console.log('Logged.resolve(', typeof v === 'object' ? 'object' : v, ')')
    return super.resolve(v)
  }
}
console.log('-- all')
const p = Logged.all([1, Promise.resolve(2), 3])
console.log('-- race')
Logged.race(['x', 'y'])
console.log('-- sync end; result is Logged:', p instanceof Logged)
console.log(await p)
