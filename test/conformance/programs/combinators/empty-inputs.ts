// Empty inputs: all/allSettled fulfil with [], any rejects with an empty AggregateError, race stays pending forever.
Promise.all([]).then((v) => console.log('all', v))
Promise.allSettled([]).then((v) => console.log('allSettled', v))
Promise.any([]).catch((e) => console.log('any', e.constructor.name, e.errors, e instanceof AggregateError))
let raceSettled = false
Promise.race([]).then(() => (raceSettled = true))
setTimeout(() => console.log('race settled after 20ms?', raceSettled), 20)
