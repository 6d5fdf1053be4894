// process.exitCode sets the exit status without stopping pending work.
process.exitCode = 3
console.log('exitCode set to', process.exitCode)
setTimeout(() => {
  console.log('timer still runs')
  Promise.resolve().then(() => console.log('and its microtask'))
}, 5)
