// beforeExit fires when the loop empties; scheduling more work from it keeps the process alive and it fires again.
let rounds = 0
process.on('beforeExit', (code) => {
  rounds++
  console.log('beforeExit', rounds, 'code', code)
  if (rounds < 3) {
    setTimeout(() => console.log('timer scheduled by beforeExit', rounds), 1)
    Promise.resolve().then(() => console.log('microtask from beforeExit', rounds))
  }
})
process.on('exit', (code) => console.log('exit', code))
console.log('main done')
