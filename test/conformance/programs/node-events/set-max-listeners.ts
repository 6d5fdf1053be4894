// setMaxListeners raises the limit; getMaxListeners reads it back; invalid values throw.
import { EventEmitter, getMaxListeners, setMaxListeners } from 'node:events'

const a = new EventEmitter()
const b = new EventEmitter()
setMaxListeners(3, a, b)
console.log(a.getMaxListeners(), getMaxListeners(b))
try {
  a.setMaxListeners(-1)
} catch (err) {
  console.log((err as Error & { code: string }).code)
}
a.setMaxListeners(0)
for (let i = 0; i < 50; i++) a.on('x', () => {})
console.log('no warning with 0:', a.listenerCount('x'))
