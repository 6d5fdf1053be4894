// Attaching a handler from a timer is too late: the unhandled rejection already crashed the process (exit 1).
const p = Promise.reject(new Error('handled too late'))
console.log('scheduled handler for later')
setTimeout(() => {
  console.log('never reached')
  p.catch(() => {})
}, 0)
