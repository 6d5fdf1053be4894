// Four chains of different lengths, one of them started from a pending promise resolved mid-way.
let release!: (v: string) => void
const gate = new Promise<string>((r) => (release = r))
const chain = (name: string, n: number, from: Promise<unknown>) => {
  let p = from
  for (let i = 1; i <= n; i++) p = p.then(() => console.log(`${name}${i}`))
  return p
}
chain('A', 5, Promise.resolve())
chain('B', 2, Promise.resolve())
chain('C', 3, gate)
Promise.resolve().then(() => {
  console.log('release gate')
  release('go')
})
chain('D', 4, Promise.resolve())
console.log('sync')
