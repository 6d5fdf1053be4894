// @host browser
// With addEventListener the port is not started: messages wait in the queue until start() is called.
const { port1, port2 } = new MessageChannel()
let started = false
let count = 0
port2.addEventListener('message', (e: MessageEvent) => {
  console.log('received', e.data, 'after start:', started)
  if (++count === 2) console.log('done')
})
port1.postMessage('first')
port1.postMessage('second')
setTimeout(() => {
  console.log('starting port')
  started = true
  port2.start()
}, 30)
