// Resolve functions handed to a thenable can be saved and called later from outside; only the first call counts.
let saved: Array<(v: string) => void> = []
const t = { then(res: (v: string) => void) { saved.push(res); console.log('then stored resolver', saved.length) } }
const p1 = Promise.resolve(t)
const p2 = Promise.resolve(t)
p1.then((v) => console.log('p1', v))
p2.then((v) => console.log('p2', v))
setTimeout(() => {
  console.log('timer: resolving in reverse order')
  saved[1]('second resolver')
  saved[0]('first resolver')
  saved[0]('first resolver again (ignored)')
}, 5)
