// events.once with an AbortSignal rejects with an AbortError when the signal aborts.
import { EventEmitter, once } from 'node:events'

const ee = new EventEmitter()
const ac = new AbortController()
async function foo(emitter: EventEmitter, event: string, signal: AbortSignal) {
  try {
    await once(emitter, event, { signal })
    console.log('event emitted!')
  } catch (error) {
    const e = error as Error & { code: string }
    if (e.name === 'AbortError') console.error('Waiting for the event was canceled!')
    console.log(e.name, e.code, e.message)
  }
}
const done = foo(ee, 'foo', ac.signal)
ac.abort()
await done
console.log('listeners left:', ee.listenerCount('foo'), ee.listenerCount('error'))
const ac2 = new AbortController()
ac2.abort()
await once(ee, 'foo', { signal: ac2.signal }).catch((e: Error) => console.log('already aborted:', e.name))
