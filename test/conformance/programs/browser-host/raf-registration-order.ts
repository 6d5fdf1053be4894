// @host browser
// requestAnimationFrame callbacks registered in the same turn run in registration order with the same timestamp.
const stamps: number[] = []
for (const name of ['a', 'b', 'c']) {
  requestAnimationFrame((ts) => {
    stamps.push(ts)
    console.log('raf', name)
    if (name === 'c') {
      console.log('same timestamp', stamps.every((t) => t === stamps[0]))
      console.log('done')
    }
  })
}
console.log('sync end')
