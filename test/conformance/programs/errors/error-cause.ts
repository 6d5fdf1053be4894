// Error options: cause is an own, non-enumerable property present only when given (even if undefined).
const root = new Error('root')
const e1 = new Error('wrapper', { cause: root })
console.log(e1.cause === root, Object.getOwnPropertyDescriptor(e1, 'cause')!.enumerable)
const e2 = new Error('no cause')
console.log('cause' in e2)
const e3 = new Error('explicit undefined', { cause: undefined })
console.log('cause' in e3, e3.cause)
const e4 = new TypeError('typed', { cause: 'string cause' })
console.log(e4.cause, e4.name)
const e5 = new Error('bad options', 'not an object' as never)
console.log('cause' in e5)
async function layered() {
  try {
    await Promise.reject(new RangeError('low level'))
  } catch (e) {
    throw new Error('high level', { cause: e })
  }
}
await layered().catch((e) => {
  let depth = 0
  for (let c: unknown = e; c instanceof Error; c = c.cause) console.log('  '.repeat(depth++) + c.name + ': ' + c.message)
})
