// @host browser
// Two setTimeout(0) chains nested beyond 5 levels (clamped to 4 ms) still alternate strictly; only order is printed.
let finished = 0
function chain(name: string, depth: number) {
  if (depth > 8) {
    if (++finished === 2) console.log('done')
    return
  }
  console.log(name + depth)
  setTimeout(() => chain(name, depth + 1), 0)
}
setTimeout(() => chain('A', 1), 0)
setTimeout(() => chain('B', 1), 0)
Promise.resolve().then(() => console.log('microtask first'))
