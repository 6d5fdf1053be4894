// An exception thrown by a message handler reaches 'uncaughtException', and the port's other messages wait for its next wake (after the check phase).
setTimeout(() => {
  const { port1, port2 } = new MessageChannel()
  port1.onmessage = (e: MessageEvent) => {
    console.log('got', e.data)
    if (e.data === 1) {
      setImmediate(() => console.log('immediate'))
      throw new Error('boom')
    }
    // Closed by the last message, not by a timer: real Node's wake after the throw is real I/O, and a timer could win that race.
    if (e.data === 3) port1.close()
  }
  process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin))
  port2.postMessage(1)
  port2.postMessage(2)
  port2.postMessage(3)
}, 5)
