// Promise.prototype.finally calls then with two arguments, and its closures call then with one (the spec's Invoke), in V8's tick order.
const then = Promise.prototype.then
const calls: string[] = []
Promise.prototype.then = function (this: Promise<unknown>, ...args: unknown[]) {
  calls.push(`then/${args.length}`)
  return then.apply(this, args as [])
} as typeof then
Promise.resolve(1)
  .finally(() => calls.push('finally fulfilled'))
  .then((v) => calls.push(`value ${v}`))
Promise.reject(new Error('no'))
  .finally(() => calls.push('finally rejected'))
  .catch((e: Error) => calls.push(`caught ${e.message}`))
setTimeout(() => {
  Promise.prototype.then = then
  console.log(calls.join(' '))
}, 5)
