// util.promisify.custom lets a function say what its promisified version is.
import { promisify } from 'node:util'

function doSomething(foo: unknown, callback: (err: null, v: unknown) => void) {
  callback(null, foo)
}
;(doSomething as any)[promisify.custom] = (foo: string) => Promise.resolve(`custom ${foo}`)
const promisified = promisify(doSomething)
console.log(promisified === (doSomething as any)[promisify.custom])
console.log(await promisified('bar'))
console.log(promisify.custom === Symbol.for('nodejs.util.promisify.custom'))
