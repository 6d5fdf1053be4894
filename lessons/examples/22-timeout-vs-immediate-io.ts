// {"title": "setTimeout 0 vs setImmediate after I/O", "teaser": "Inside an I/O callback, one of these always wins. Which, and what phase of the loop decides it?", "host": "node", "tags": ["node", "timers", "ordering"]}
world.route('/config', { latencyMs: 20, body: { debug: true } })

// Read some "I/O". Everything below runs when the response arrives.
const res = await fetch('/config')
console.log('response arrived:', await res.json())

setTimeout(() => console.log('setTimeout 0'), 0)
setImmediate(() => console.log('setImmediate'))

// One more round, this time from inside a timer callback.
setTimeout(() => {
  setTimeout(() => console.log('  from a timer: setTimeout 0'), 0)
  setImmediate(() => console.log('  from a timer: setImmediate'))
}, 50)
