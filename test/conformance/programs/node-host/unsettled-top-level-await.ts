// A top-level await that can never settle makes Node exit with code 13 once the loop is empty.
console.log('before')
setTimeout(() => console.log('timer runs, then loop empties'), 5)
await new Promise(() => {})
console.log('never printed')
