// A program that hooks Array's Symbol.species sees no array of the host's: timers, promises, listeners and message ports copy and remove without it.
let calls = 0
Object.defineProperty(Array.prototype, 'constructor', {
  configurable: true,
  writable: true,
  value: {
    [Symbol.species]: function () {
      calls++
      return { hijacked: true }
    },
  },
})
const { port1, port2 } = new MessageChannel()
const received = new Promise((resolve) => {
  port1.onmessage = (event: MessageEvent) => {
    console.log('message', event.data)
    port1.close()
    resolve(undefined)
  }
})
port2.postMessage('hello')
const onExit = () => console.log('exit listener, species calls', calls)
process.on('exit', onExit)
process.on('exit', () => console.log('second exit listener'))
// The timer is set only after the message arrived: a 1 ms timer racing a port message is ordered by wall time in Node.
await received
setTimeout(() => console.log('timer'), 1)
await new Promise((resolve) => setTimeout(resolve, 2))
process.off('exit', onExit)
process.on('exit', () => console.log('species calls', calls))
