// Waiting for an event with a deadline: events.once with an AbortSignal, as Node's docs show.
import { EventEmitter, once } from 'node:events'

const door = new EventEmitter()
setTimeout(() => door.emit('open', 'front'), 30)

try {
  await once(door, 'open', { signal: AbortSignal.timeout(10) })
} catch (err) {
  console.log('gave up:', (err as Error).name)
}
const [which] = await once(door, 'open')
console.log('opened:', which)
console.log('listeners left:', door.listenerCount('open'))
