// Adding something that is not a function throws ERR_INVALID_ARG_TYPE.
import { EventEmitter } from 'node:events'

const ee = new EventEmitter()
for (const bad of [undefined, 'fn', 42, {}]) {
  try {
    ee.on('x', bad as never)
  } catch (err) {
    const e = err as Error & { code: string }
    console.log(e.code, e.message)
  }
}
