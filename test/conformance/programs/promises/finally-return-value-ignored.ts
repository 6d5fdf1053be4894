// finally callbacks get no argument and their return value is ignored unless it is a rejection.
Promise.resolve('original')
  .finally((...args: unknown[]) => {
    console.log('finally args length', args.length)
    return 'replacement'
  })
  .then((v) => console.log('value:', v))
Promise.reject('reason')
  .finally(() => 'ignored')
  .then(
    (v) => console.log('unexpected', v),
    (e) => console.log('still rejected with:', e),
  )
Promise.resolve('kept')
  .finally(() => Promise.resolve('also ignored'))
  .then((v) => console.log('value after promise-returning finally:', v))
