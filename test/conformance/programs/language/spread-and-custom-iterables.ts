// Custom Symbol.iterator iterables are consumed lazily by spread, destructuring and for-of; return() runs on early exit.
class Range {
  constructor(private from: number, private to: number) {}
  *[Symbol.iterator]() {
    try {
      for (let i = this.from; i <= this.to; i++) {
        console.log('produce', i)
        yield i
      }
    } finally {
      console.log('range closed')
    }
  }
}
console.log([...new Range(1, 3)])
const [first, second] = new Range(10, 20)
console.log('destructured', first, second)
for (const n of new Range(5, 9)) {
  if (n === 6) break
}
console.log(Math.max(...new Range(1, 2)), new Set(new Range(7, 7)).size)
const results = await Promise.all(new Range(1, 2))
console.log('Promise.all over Range', results)
