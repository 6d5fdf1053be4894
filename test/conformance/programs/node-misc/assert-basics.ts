// node:assert: passing assertions are silent; failing ones throw AssertionError with Node's message.
import assert from 'node:assert'

function check(label: string, fn: () => void) {
  try {
    fn()
    console.log(label, 'passed')
  } catch (err) {
    const e = err as assert.AssertionError
    console.log(label, e.name, e.code, e.operator, e.generatedMessage)
    console.log(e.message)
  }
}
check('strictEqual ok', () => assert.strictEqual(1 + 1, 2))
check('strictEqual', () => assert.strictEqual(1, 2))
check('strictEqual strings', () => assert.strictEqual('hello world', 'hello there'))
check('deepStrictEqual', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }))
check('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: '1' }))
check('notStrictEqual', () => assert.notStrictEqual(3, 3))
check('equal', () => assert.equal(1, 2))
check('custom message', () => assert.strictEqual(1, 2, 'one is not two'))
check('same structure', () => assert.strictEqual({ x: 1 }, { x: 1 }))
