// A timer callback can cancel a later timer, including one with the same expiry queued right after it.
let later: ReturnType<typeof setTimeout>
let sameTime: ReturnType<typeof setTimeout>
setTimeout(() => {
  console.log('first: cancelling same-time sibling and later timer')
  clearTimeout(sameTime)
  clearTimeout(later)
}, 10)
sameTime = setTimeout(() => console.log('sibling should not run'), 10)
later = setTimeout(() => console.log('later should not run'), 30)
setTimeout(() => console.log('independent 20ms timer'), 20)
