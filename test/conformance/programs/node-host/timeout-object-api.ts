// Node timers return Timeout objects: primitive ids usable with clearTimeout, refresh() restarting the delay.
const t = setTimeout(() => console.log('cancelled via numeric id: should not run'), 5)
console.log(typeof t, typeof +t, Number.isInteger(+t), t.hasRef())
clearTimeout(+t as never)
const i = setInterval(() => {}, 1000)
console.log('interval is a Timeout too:', i.constructor === t.constructor)
clearInterval(i)
let fired = 0
const r = setTimeout(() => {
  fired++
  console.log('refreshed timer fired once, after the 45ms timer')
}, 40)
setTimeout(() => {
  console.log('20ms: refreshing the 40ms timer (now due at ~60ms)')
  r.refresh()
}, 20)
setTimeout(() => console.log('45ms timer, refreshed timer not fired yet:', fired === 0), 45)
const imm = setImmediate(() => {})
console.log('immediate object', typeof imm, imm.hasRef())
clearImmediate(imm)
