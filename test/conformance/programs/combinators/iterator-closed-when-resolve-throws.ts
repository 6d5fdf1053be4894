// If this.resolve throws during iteration, the combinator closes the iterator (calls return) and rejects.
let calls = 0
class Fragile<T> extends Promise<T> {
  static resolve(v?: unknown): any {
    calls++
    if (calls === 2) throw new Error('resolve exploded')
    return super.resolve(v)
  }
}
const iterable = {
  [Symbol.iterator]() {
    let i = 0
    return {
      next: () => ({ value: ++i, done: i > 5 }),
      return: () => {
        console.log('iterator return() called after', i, 'values')
        return { done: true, value: undefined }
      },
    }
  },
}
Fragile.all(iterable).catch((e) => console.log('rejected:', e.message))
