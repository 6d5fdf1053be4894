// Recursive async functions: depth-first sync descent, then unwinding one level per tick, interleaved with a counter.
async function countdown(n: number): Promise<number> {
  console.log('enter', n)
  if (n === 0) return 0
  const r = await countdown(n - 1)
  console.log('leave', n)
  return r + n
}
countdown(3).then((sum) => console.log('sum', sum))
let p = Promise.resolve()
for (let i = 1; i <= 9; i++) p = p.then(() => console.log('tick', i))
