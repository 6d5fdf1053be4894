// A timer scheduled inside a timer callback never runs in the same pass, even with delay 0 (outer timers are overdue together).
setTimeout(() => {
  console.log('outer A')
  setTimeout(() => console.log('inner from A'), 0)
}, 5)
setTimeout(() => {
  console.log('outer B')
  setTimeout(() => {
    console.log('inner from B')
    setTimeout(() => console.log('innermost from B'), 0)
  }, 0)
}, 5)
// Busy-wait so both outer timers are overdue when the loop starts and surely run in the same timers pass.
const end = Date.now() + 10
while (Date.now() < end) {}
