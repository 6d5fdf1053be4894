// race settles with whichever entry's reaction runs first: a plain value or a resolved promise beats thenables.
const thenable = { then: (r: (v: string) => void) => r('thenable') }
Promise.race([thenable, 'plain value', Promise.resolve('resolved')]).then((v) => console.log('race 1:', v))
Promise.race([Promise.resolve('resolved first'), 'plain second']).then((v) => console.log('race 2:', v))
Promise.race([new Promise((r) => setTimeout(() => r('timer'), 5)), Promise.reject('already rejected')]).then(
  (v) => console.log('race 3 fulfilled', v),
  (e) => console.log('race 3 rejected', e),
)
Promise.race([Promise.reject('rej').catch(() => 'recovered-after-1-tick'), Promise.resolve().then(() => 'one-tick')]).then((v) => console.log('race 4:', v))
