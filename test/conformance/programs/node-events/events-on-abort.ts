// events.on with a signal: aborting rejects the pending next() with an AbortError.
import { on, EventEmitter } from 'node:events'

const ac = new AbortController()
const ee = new EventEmitter()
setTimeout(() => ee.emit('foo', 'bar'), 5)
setTimeout(() => ee.emit('foo', 42), 10)
setTimeout(() => ac.abort(), 20)
try {
  for await (const event of on(ee, 'foo', { signal: ac.signal })) {
    console.log(event)
  }
} catch (err) {
  console.log('stopped:', (err as Error).name)
}
