// Promise.resolve(thenable) reads then synchronously but calls it in a later job, not synchronously.
const thenable = {
  then(resolve: (v: string) => void) {
    console.log('then invoked')
    resolve('thenable value')
  },
}
console.log('before')
const p = Promise.resolve(thenable)
console.log('after Promise.resolve')
p.then((v) => console.log('resolved:', v))
Promise.resolve().then(() => console.log('plain microtask 1')).then(() => console.log('plain microtask 2'))
console.log('sync end')
