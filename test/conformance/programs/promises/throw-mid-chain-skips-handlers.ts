// A throw mid-chain skips the following fulfilment handlers; the chain continues after the catch.
Promise.resolve(1)
  .then((v) => {
    console.log('step', v)
    return v + 1
  })
  .then((v) => {
    console.log('step', v, 'throws')
    throw new TypeError('step failed')
  })
  .then(() => console.log('skipped A'))
  .then(() => console.log('skipped B'))
  .catch((e) => {
    console.log('recovered from', e.name)
    return 10
  })
  .then((v) => console.log('continues with', v))
Promise.resolve().then(() => console.log('other 1')).then(() => console.log('other 2')).then(() => console.log('other 3')).then(() => console.log('other 4')).then(() => console.log('other 5'))
