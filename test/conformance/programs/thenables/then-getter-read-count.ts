// The then property of a resolution value is read exactly once, synchronously, at resolution time.
let reads = 0
const make = (label: string) => ({
  get then() {
    reads++
    console.log(`read then of ${label} (#${reads})`)
    return (res: (v: string) => void) => res(label)
  },
})
console.log('start')
const p1 = Promise.resolve(make('via Promise.resolve'))
console.log('after Promise.resolve, reads =', reads)
const p2 = new Promise((r) => r(make('via executor resolve')))
console.log('after executor, reads =', reads)
const p3 = Promise.resolve().then(() => make('returned from then'))
console.log('after then registration, reads =', reads)
Promise.all([p1, p2, p3]).then((vs) => console.log('values:', vs.join(' | '), 'total reads', reads))
