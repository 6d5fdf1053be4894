// With a resolved promise and a thenable as inputs, race/any settle a tick before all/allSettled, regardless of creation order.
const inputs = () => [Promise.resolve('a'), { then: (r: (v: string) => void) => r('b') }]
Promise.all(inputs()).then((v) => console.log('all', v.join('')))
Promise.allSettled(inputs()).then(() => console.log('allSettled'))
Promise.any(inputs()).then((v) => console.log('any', v))
Promise.race(inputs()).then((v) => console.log('race', v))
let p = Promise.resolve()
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i))
