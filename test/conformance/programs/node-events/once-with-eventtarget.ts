// events.once works with an EventTarget too, resolving with the Event.
import { once } from 'node:events'

const et = new EventTarget()
setTimeout(() => et.dispatchEvent(new Event('ready')), 5)
const [event] = await once(et, 'ready')
console.log((event as Event).type, event instanceof Event)
