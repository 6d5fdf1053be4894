// race with an already-rejected first entry rejects even if other entries are already fulfilled.
Promise.race([Promise.reject('first is rejected'), Promise.resolve('second fulfilled')]).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e),
)
Promise.race([Promise.resolve('first fulfilled'), Promise.reject('second rejected')]).then(
  (v) => console.log('fulfilled', v),
  (e) => console.log('rejected', e),
)
