// An uncaught throw in module code exits with code 1; the ESM loader reports it asynchronously, so queued microtasks still run, timers do not.
console.log('line 1')
Promise.resolve().then(() => console.log('microtask queued before the throw still runs'))
process.nextTick(() => console.log('nextTick queued before the throw'))
setTimeout(() => console.log('timer never runs'), 0)
console.log('line 2')
throw new TypeError('top-level failure')
