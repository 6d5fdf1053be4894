// Promise.all over already-resolved promises resolves after a fixed number of ticks; counted against a chain.
let p = Promise.resolve()
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i))
Promise.all([Promise.resolve(1), Promise.resolve(2)]).then(() => console.log('all (2 promises)'))
Promise.all([1, 2, 3]).then(() => console.log('all (3 values)'))
Promise.all([]).then(() => console.log('all (empty)'))
Promise.allSettled([Promise.resolve(1)]).then(() => console.log('allSettled (1 promise)'))
Promise.race([Promise.resolve(1)]).then(() => console.log('race (1 promise)'))
Promise.any([Promise.resolve(1)]).then(() => console.log('any (1 promise)'))
