// @host browser
// A rAF requested inside a rAF callback runs in the next frame, after all callbacks of the current frame, with a later timestamp.
let firstTs = 0
requestAnimationFrame((ts) => {
  firstTs = ts
  console.log('frame 1: a')
  requestAnimationFrame((ts2) => {
    console.log('frame 2: c (requested by a)')
    console.log('later timestamp', ts2 > firstTs)
    console.log('done')
  })
})
requestAnimationFrame(() => console.log('frame 1: b'))
