// Reaction handlers are called with this === undefined and exactly one argument.
Promise.resolve('v').then(function (this: unknown, ...args: unknown[]) {
  console.log('this is undefined:', this === undefined, 'args:', args.length)
})
Promise.reject('r').catch(function (this: unknown, ...args: unknown[]) {
  console.log('catch this undefined:', this === undefined, 'args:', args.length)
})
new Promise(function (this: unknown, ...args: unknown[]) {
  console.log('executor this undefined:', this === undefined, 'args:', args.length)
  const [res, rej] = args as [Function, Function]
  console.log('resolve fn length', res.length, 'name', JSON.stringify(res.name), 'reject length', rej.length)
  ;(res as Function)()
})
