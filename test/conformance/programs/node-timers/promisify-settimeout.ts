// util.promisify(setTimeout) uses setTimeout's custom promisified form.
import { promisify } from 'node:util'

const sleep = promisify(setTimeout)
console.log(sleep === (setTimeout as any)[promisify.custom])
const value = await sleep(20, 'woke up')
console.log(value)
const setImmediatePromise = promisify(setImmediate)
console.log(await setImmediatePromise('immediate value'))
