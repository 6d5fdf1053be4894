// An error thrown in a then callback travels down the chain and is caught by a later catch, several links away.
Promise.resolve(1)
  .then((v) => {
    console.log('step 1', v)
    ;(undefined as unknown as { x: number }).x
  })
  .then(() => console.log('skipped'))
  .finally(() => console.log('finally sees the failure pass by'))
  .catch((e) => {
    console.log('caught', e.constructor.name, e instanceof TypeError)
    throw new Error('rethrown with context', { cause: e })
  })
  .catch((e) => console.log('caught again', e.message, 'cause is TypeError:', e.cause instanceof TypeError))
