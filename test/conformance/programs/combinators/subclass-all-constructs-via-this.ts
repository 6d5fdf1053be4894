// Promise.all called on a subclass constructs the result with the subclass executor and resolves elements via it.
class Counting<T> extends Promise<T> {
  static made = 0
  constructor(ex: (res: (v: T) => void, rej: (e: unknown) => void) => void) {
    Counting.made++
    super(ex)
  }
}
const r = Counting.all([1, 2, Promise.resolve(3)])
console.log('result type', r.constructor.name, 'made', Counting.made)
const v = await r
console.log('values', v, 'made after settle', Counting.made)
