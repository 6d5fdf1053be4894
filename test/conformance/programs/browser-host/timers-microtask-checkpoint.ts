// @host browser
// Equal-delay timers fire in order, each followed by a microtask checkpoint; timers added from microtasks go last.
for (const name of ['t1', 't2', 't3']) {
  setTimeout(() => {
    console.log(name)
    Promise.resolve()
      .then(() => console.log(name + ' micro 1'))
      .then(() => console.log(name + ' micro 2'))
    if (name === 't1') queueMicrotask(() => setTimeout(() => console.log('t4 from t1 microtask'), 0))
  }, 5)
}
setTimeout(() => console.log('done'), 60)
// Busy-wait so t1..t3 are all overdue together at the first timer wake-up.
const end = Date.now() + 10
while (Date.now() < end) {}
