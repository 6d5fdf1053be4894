// The 'exit' event gets the final code; timers scheduled in it never run, but its microtasks are still drained.
process.on('exit', (code) => {
  console.log('exit event, code', code, 'exitCode', process.exitCode)
  setTimeout(() => console.log('timer from exit handler never runs'), 0)
  Promise.resolve().then(() => console.log('microtask queued in exit handler still runs'))
})
process.exitCode = 4
setTimeout(() => console.log('last timer'), 5)
