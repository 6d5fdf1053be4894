// process.nextTick passes extra arguments and keeps FIFO order relative to other ticks.
setTimeout(() => {
  process.nextTick((a: number, b: string) => console.log('tick args', a, b), 1, 'two')
  process.nextTick((...rest: unknown[]) => console.log('rest length', rest.length))
  process.nextTick(console.log, 'console.log as callback', 3)
}, 1)
