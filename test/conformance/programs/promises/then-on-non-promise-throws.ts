// Promise.prototype.then on a non-promise receiver throws a TypeError synchronously.
for (const receiver of [{}, null, { then: () => {} }, Promise]) {
  try {
    Promise.prototype.then.call(receiver as never, () => {})
    console.log('no throw')
  } catch (e) {
    console.log('throws', (e as Error).constructor.name)
  }
}
try {
  Promise.resolve.call(undefined as never, 1)
} catch (e) {
  console.log('Promise.resolve with undefined this:', (e as Error).constructor.name)
}
console.log('Promise.resolve with non-constructor this:', (() => { try { Promise.resolve.call({} as never, 1); return 'ok' } catch (e) { return (e as Error).constructor.name } })())
