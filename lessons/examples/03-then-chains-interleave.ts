// {"title": "Two then-chains, side by side", "teaser": "Chain A is written entirely before chain B. Does A finish before B starts?", "host": "node", "tags": ["promises", "microtasks", "ordering"]}
// Two independent chains of three steps each.
Promise.resolve()
  .then(() => console.log('A1'))
  .then(() => console.log('A2'))
  .then(() => console.log('A3'))

Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))

// And a third chain, whose first step returns a promise instead of a value.
Promise.resolve()
  .then(() => {
    console.log('C1')
    return Promise.resolve()
  })
  .then(() => console.log('C2'))

console.log('sync code done')
