// clearInterval works on setTimeout handles and vice versa; clearing before the first run means no runs.
const i1 = setInterval(() => console.log('interval 1 never'), 5)
clearInterval(i1)
const i2 = setInterval(() => console.log('interval 2 never'), 5)
clearTimeout(i2)
const t1 = setTimeout(() => console.log('timeout never'), 5)
clearInterval(t1)
let k = 0
const i3 = setInterval(() => {
  console.log('interval 3 run', ++k)
  if (k === 2) {
    clearInterval(i3)
    setTimeout(() => console.log('end'), 20)
  }
}, 5)
