// Instances of a class with a prototype then are thenables; awaiting them calls then with the instance as this.
class Deferred<T> {
  #value: T
  calls = 0
  constructor(value: T) {
    this.#value = value
  }
  then(resolve: (v: T) => void) {
    this.calls++
    console.log('Deferred.then #' + this.calls)
    resolve(this.#value)
  }
}
const d = new Deferred('payload')
const a = await d
console.log('first await', a)
const b = await d
console.log('second await', b, 'calls', d.calls)
const c = await Promise.resolve(d)
console.log('via Promise.resolve', c, 'calls', d.calls)
