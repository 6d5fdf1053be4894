// Top-level await suspends the module body; microtasks queued before it run first, timers only after it resumes if later.
console.log('module start')
Promise.resolve().then(() => console.log('microtask queued before TLA'))
setTimeout(() => console.log('timer 0'), 0)
const v = await new Promise((r) => setTimeout(() => r('tla value'), 10))
console.log('resumed with', v)
Promise.resolve().then(() => console.log('microtask after resume'))
await null
console.log('module end')
