// A port refs itself with its first 'message' listener; after unref() it no longer keeps the process alive, so a later message is never delivered.
const { port1, port2 } = new MessageChannel()
console.log(port1.hasRef(), port2.hasRef())
port1.onmessage = (e: MessageEvent) => console.log('got', e.data)
console.log(port1.hasRef(), port2.hasRef())
port1.unref()
console.log(port1.hasRef())
port2.postMessage(1)
setTimeout(() => {
  console.log('timer')
  port2.postMessage(2)
}, 10)
process.on('exit', () => console.log('exit'))
