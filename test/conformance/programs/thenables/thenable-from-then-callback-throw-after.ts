// A thenable returned from a then callback that resolves asynchronously and throws synchronously: the throw wins.
Promise.resolve()
  .then(() => ({
    then(res: (v: string) => void) {
      setTimeout(() => res('too late'), 5)
      throw new Error('sync throw wins')
    },
  }))
  .then(
    (v) => console.log('fulfilled', v),
    (e) => console.log('rejected', e.message),
  )
Promise.resolve()
  .then(() => ({
    then(res: (v: string) => void) {
      res('resolved first')
      throw new Error('ignored')
    },
  }))
  .then((v) => console.log('fulfilled', v))
