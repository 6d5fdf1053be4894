// Promise-wrapped timers created together resolve by delay; awaiting them in another order only delays the observer.
const sleep = (ms: number, label: string) =>
  new Promise<string>((r) =>
    setTimeout(() => {
      console.log('fire', label)
      r(label)
    }, ms),
  )
const s30 = sleep(30, 's30')
const s10 = sleep(10, 's10')
const s20 = sleep(20, 's20')
Promise.race([s30, s20]).then((v) => console.log('race ->', v))
s10.then((v) => console.log('then on', v))
Promise.all([s30, s10, s20]).then((vs) => console.log('all ->', vs.join(',')))
console.log('await', await s30)
console.log('await', await s10)
console.log('await', await s20)
