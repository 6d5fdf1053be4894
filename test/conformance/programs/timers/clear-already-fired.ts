// Clearing a timer that already fired does nothing, and the same handle cannot be re-fired.
const t = setTimeout(() => console.log('fired once'), 2)
setTimeout(() => {
  clearTimeout(t)
  console.log('cleared after firing')
  setTimeout(() => console.log('still scheduling fine'), 2)
}, 10)
