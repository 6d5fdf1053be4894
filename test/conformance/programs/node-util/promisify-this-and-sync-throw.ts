// A promisified method keeps `this` when called on its object; a synchronous throw rejects.
import { promisify } from 'node:util'

class Counter {
  count = 41
  bump(callback: (err: Error | null, n?: number) => void) {
    callback(null, ++this.count)
  }
  broken(_callback: () => void) {
    throw new Error('broken synchronously')
  }
}
const c = new Counter()
const bump = promisify(c.bump)
console.log(await bump.call(c))
await promisify(c.broken).call(c).catch((e: Error) => console.log('rejected:', e.message))
const p = bump.call(c)
console.log('pending first')
console.log(await p)
