// Awaiting null, undefined, numbers, strings and objects yields them unchanged after one tick each.
const values: unknown[] = [null, undefined, 0, '', 'str', false, 10n]
async function run() {
  for (const v of values) {
    const r = await v
    console.log(typeof r, String(r), r === v)
  }
  const obj = { a: 1 }
  console.log('object identity kept:', (await obj) === obj)
  const sym = Symbol('s')
  console.log('symbol identity kept:', (await sym) === sym)
}
run()
Promise.resolve().then(() => console.log('--- interleaved tick 1')).then(() => console.log('--- interleaved tick 2'))
