// @host browser
// Promise.withResolvers returns a pending promise plus its resolve/reject; settling later drives reactions in order.
const { promise, resolve, reject } = Promise.withResolvers<string>()
console.log(typeof resolve, typeof reject, promise instanceof Promise)
promise.then((v) => console.log('then 1', v))
promise.then((v) => console.log('then 2', v))
const other = Promise.withResolvers<number>()
other.promise.catch((e) => console.log('rejected with', e))
setTimeout(() => {
  resolve('late value')
  resolve('ignored')
  other.reject(42)
  console.log('settled in timer')
  setTimeout(() => console.log('done'), 0)
}, 10)
class Sub<T> extends Promise<T> {}
const s = Promise.withResolvers.call(Sub) as PromiseWithResolvers<number>
console.log('subclass promise', s.promise instanceof Sub)
s.resolve(1)
