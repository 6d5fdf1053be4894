// @host browser
// Array.fromAsync awaits each element of sync iterables, async iterables and array-likes in order.
async function* gen() {
  yield 1
  await null
  yield Promise.resolve(2)
  yield 3
}
const fromGen = await Array.fromAsync(gen())
console.log('from async generator', fromGen.join(','))
const fromSync = await Array.fromAsync([Promise.resolve('a'), 'b', { then: (r: (v: string) => void) => r('c') }])
console.log('from sync iterable', fromSync.join(','))
const mapped = await Array.fromAsync({ length: 3, 0: 'x', 1: 'y', 2: 'z' }, async (v: string, i: number) => v + i)
console.log('array-like with async mapper', mapped.join(','))
const failed = await Array.fromAsync([Promise.resolve(1), Promise.reject('bad element')]).catch((e) => 'rejected: ' + e)
console.log(failed)
console.log('done')
