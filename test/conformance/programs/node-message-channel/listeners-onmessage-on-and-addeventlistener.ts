// addEventListener, onmessage and Node's on() all start a port and run in the order they were added; on() gets the data, the others a MessageEvent.
const { port1, port2 } = new MessageChannel()
port1.addEventListener('message', (e: MessageEvent) =>
  console.log('listener', typeof e, e.constructor.name, JSON.stringify(e.data), e.type, e.target === port1, e.ports.length, e.source),
)
port1.onmessage = (e: MessageEvent) => console.log('onmessage', JSON.stringify(e.data))
port1.on('message', (data: unknown) => console.log('on', JSON.stringify(data)))
port1.once('message', (data: unknown) => console.log('once', JSON.stringify(data)))
console.log('listenerCount', port1.listenerCount('message'), port1.hasRef(), port2.hasRef())
port1.addEventListener('close', (e: Event) => console.log('close event port1', e.type))
port2.on('close', () => console.log('close port2'))
port2.postMessage({ x: 1 })
port2.postMessage('b')
setTimeout(() => {
  port2.close()
  console.log('closed', port1.hasRef(), port2.hasRef())
}, 10)
process.on('exit', () => console.log('exit'))
