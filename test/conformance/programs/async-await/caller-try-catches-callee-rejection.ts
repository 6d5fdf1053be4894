// A rejection from a deep callee propagates through awaits to the nearest try/catch, skipping code in between.
async function level3() {
  await null
  throw new RangeError('deep')
}
async function level2() {
  await level3()
  console.log('level2 continues (never)')
}
async function level1() {
  try {
    await level2()
  } catch (e) {
    console.log('level1 caught', (e as Error).name, (e as Error).message)
    return 'handled'
  } finally {
    console.log('level1 finally')
  }
}
level1().then((v) => console.log('result', v))
let p = Promise.resolve()
for (let i = 1; i <= 6; i++) p = p.then(() => console.log('tick', i))
