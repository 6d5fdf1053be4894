// Two for-await loops over two async generators started together interleave item by item.
async function* numbers(name: string, n: number) {
  for (let i = 1; i <= n; i++) {
    console.log(`${name} yields ${i}`)
    yield i
  }
}
async function consume(name: string, n: number) {
  let sum = 0
  for await (const v of numbers(name, n)) {
    console.log(`${name} consumed ${v}`)
    sum += v
  }
  console.log(`${name} sum ${sum}`)
}
await Promise.all([consume('A', 3), consume('B', 2)])
