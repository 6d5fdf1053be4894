// assert.throws / rejects with a class, a RegExp, a validation object and a function.
import assert from 'node:assert/strict'

const attempt = async (label: string, fn: () => unknown) => {
  try {
    await fn()
    console.log(label, 'passed')
  } catch (err) {
    console.log(label, 'failed:', (err as Error).message)
  }
}
await attempt('class', () => assert.throws(() => JSON.parse('{'), SyntaxError))
await attempt('regexp', () => assert.throws(() => { throw new Error('Wrong value') }, /^Error: Wrong/))
await attempt('object', () => assert.throws(() => { throw new TypeError('bad') }, { name: 'TypeError', message: 'bad' }))
await attempt('object mismatch', () => assert.throws(() => { throw new Error('Wrong value') }, { message: 'Other' }))
await attempt('no throw', () => assert.throws(() => {}))
await attempt('rejects', () => assert.rejects(Promise.reject(new Error('x')), /x/))
await attempt('missing rejection', () => assert.rejects(Promise.resolve(1)))
await attempt('doesNotReject', () => assert.doesNotReject(async () => { throw new Error('y') }))
await attempt('match', () => assert.match('abc', /x/))
await attempt('deepEqual strict', () => assert.deepEqual([1, 2, 3], [1, 2, 4]))
