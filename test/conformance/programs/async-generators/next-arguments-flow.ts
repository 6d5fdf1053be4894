// Values passed to next() become the result of the yield expression; the first next() argument is dropped.
async function* accumulator() {
  let total = 0
  while (true) {
    const n: number | undefined = yield total
    if (n === undefined) return total
    total += n
  }
}
const it = accumulator()
console.log(await it.next(999))
console.log(await it.next(5))
console.log(await it.next(10))
console.log(await it.next())
console.log(await it.next(1))
