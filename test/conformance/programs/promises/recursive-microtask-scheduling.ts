// A chain that keeps scheduling reactions from within reactions interleaves fairly with a second chain.
let n = 0
const loop = (): Promise<void> | void => {
  n++
  console.log('loop', n)
  if (n < 4) return Promise.resolve().then(loop)
}
Promise.resolve().then(loop)
let p = Promise.resolve()
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('other', i))
