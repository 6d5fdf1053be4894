// An 'uncaughtException' listener keeps the process alive after a throwing timer; later timers still run.
process.on('uncaughtException', (err, origin) => {
  console.log('caught by listener:', (err as Error).message, origin)
})
setTimeout(() => {
  console.log('timer 1 throws')
  throw new Error('timer failure')
}, 5)
setTimeout(() => console.log('timer 2 still runs'), 5)
setTimeout(() => {
  Promise.reject(new Error('rejection goes to uncaughtException too'))
}, 10)
setTimeout(() => console.log('end'), 20)
