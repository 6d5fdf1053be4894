// Emitting 'error' with a non-Error throws ERR_UNHANDLED_ERROR carrying the value as context.
import { EventEmitter } from 'node:events'

const emitter = new EventEmitter()
for (const value of ['boom', 42, { reason: 'x' }, undefined]) {
  try {
    emitter.emit('error', value)
  } catch (err) {
    const e = err as Error & { code: string; context: unknown }
    console.log(e.name, e.code, e.message, e.context)
  }
}
