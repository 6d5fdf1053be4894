// util.callbackify: an async function as an error-first callback API (called on a later tick).
import { callbackify } from 'node:util'

async function fn() {
  return 'hello world'
}
const callbackFunction = callbackify(fn)
callbackFunction((err: unknown, ret: unknown) => {
  if (err) throw err
  console.log(ret)
})
async function failing() {
  throw new Error('bad')
}
callbackify(failing)((err: Error | null) => console.log('got error:', err?.message))
async function rejectsNull() {
  return Promise.reject(null)
}
callbackify(rejectsNull)((err: Error & { code: string; reason: unknown }) => console.log(err.code, err.reason, err.message))
console.log('sync end')
