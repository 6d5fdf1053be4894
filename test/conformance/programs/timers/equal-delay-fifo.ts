// Timers with equal delay fire in registration order, with microtasks drained between callbacks.
for (const name of ['a', 'b', 'c', 'd']) {
  setTimeout(() => {
    console.log('timer', name)
    Promise.resolve().then(() => console.log('  microtask after', name))
  }, 10)
}
