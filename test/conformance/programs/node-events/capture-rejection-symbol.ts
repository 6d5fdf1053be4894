// A [Symbol.for('nodejs.rejection')] method receives captured rejections instead of 'error'.
import { EventEmitter, captureRejectionSymbol } from 'node:events'

class MyClass extends EventEmitter {
  constructor() {
    super({ captureRejections: true })
  }
  [captureRejectionSymbol](err: Error, event: string, ...args: unknown[]) {
    console.log('rejection happened for', event, 'with', err.message, ...args)
  }
}
const c = new MyClass()
c.on('job', async (id: number) => {
  await null
  throw new Error(`job ${id} failed`)
})
c.emit('job', 7)
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'))
