// {"title": "A rejection handled too late", "teaser": "This one crashes (exit code 1), though both errors get a catch. Which catch came too late?", "host": "node", "tags": ["errors", "promises", "node"]}
const early = Promise.reject(new Error('early bird'))
const late = Promise.reject(new Error('late bird'))

console.log('started')

// Attach a handler after a microtask...
await null
early.catch((e) => console.log('handled:', e.message))

// ...and another after a timer.
setTimeout(() => {
  late.catch((e) => console.log('handled:', e.message))
}, 0)

console.log('handlers on their way')
