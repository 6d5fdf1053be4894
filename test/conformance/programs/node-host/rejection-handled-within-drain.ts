// A rejection handled a few microtasks later (same drain) is not reported; the program exits normally.
const p = Promise.reject('late but in time')
Promise.resolve()
  .then(() => console.log('m1'))
  .then(() => console.log('m2'))
  .then(() => {
    console.log('m3 attaches handler')
    p.catch((e) => console.log('handled:', e))
  })
process.nextTick(() => console.log('nextTick (after promises at module top level)'))
setTimeout(() => console.log('timer runs, no crash'), 5)
