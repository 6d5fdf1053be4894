// Promise.reject wraps any value, including promises and thenables, without unwrapping it.
const inner = Promise.resolve('inner')
const thenable = { then() { console.log('never called') } }
Promise.reject(inner).catch((e) => console.log('reason is promise:', e === inner))
Promise.reject(thenable).catch((e) => console.log('reason is thenable:', e === thenable))
Promise.reject(undefined).catch((e) => console.log('reason undefined:', e === undefined))
Promise.reject().then(null, (...args: unknown[]) => console.log('args length', args.length))
