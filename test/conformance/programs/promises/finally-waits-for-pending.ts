// A finally callback returning a pending promise holds the chain until it settles, then passes the original value.
Promise.resolve('value')
  .finally(
    () =>
      new Promise<void>((r) =>
        setTimeout(() => {
          console.log('finally timer fired')
          r()
        }, 20),
      ),
  )
  .then((v) => console.log('then got', v))
setTimeout(() => console.log('10ms timer'), 10)
setTimeout(() => console.log('40ms timer'), 40)
Promise.resolve().then(() => console.log('microtask'))
