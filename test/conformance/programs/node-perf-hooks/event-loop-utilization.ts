// eventLoopUtilization: time the loop spent waiting is idle, time running callbacks is active; a second reading gives the difference.
const start = performance.eventLoopUtilization()
console.log(Object.keys(start), start.idle >= 0, start.active >= 0)
setTimeout(() => {
  const later = performance.eventLoopUtilization()
  console.log('after a 50 ms wait: idle for most of it', later.idle >= 40)
  const began = Date.now()
  while (Date.now() - began < 60) {
    // keep the loop busy
  }
  const busy = performance.eventLoopUtilization(later)
  console.log('after 60 ms of work: mostly active', busy.active >= 55, busy.utilization > 0.9, busy.idle < 5)
  const between = performance.eventLoopUtilization(performance.eventLoopUtilization(), later)
  console.log('between two readings', between.active >= 55, typeof between.utilization)
  console.log(performance.nodeTiming.loopStart > 0 || performance.nodeTiming.loopStart === 0, performance.nodeTiming.loopExit, performance.nodeTiming.idleTime >= 40)
}, 50)
