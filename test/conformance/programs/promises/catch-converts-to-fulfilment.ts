// A rejection handler's return value fulfils the derived promise; later catch handlers are skipped.
Promise.reject(new Error('boom'))
  .then(() => console.log('skipped then'))
  .catch((e) => {
    console.log('caught', e.message)
    return 'recovered'
  })
  .catch(() => console.log('skipped catch'))
  .then((v) => console.log('then after recovery', v))
Promise.reject('r2')
  .then(undefined, (e) => `handled ${e} via then's second arg`)
  .then((v) => console.log(v))
Promise.reject('r3')
  .catch((e) => Promise.reject(`re-rejected ${e}`))
  .catch((e) => console.log(e))
