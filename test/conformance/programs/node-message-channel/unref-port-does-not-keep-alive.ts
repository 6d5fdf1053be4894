// A port refs itself with its first 'message' listener; after unref() it no longer keeps the process alive, so a later message is never delivered.
// An interval keeps the process alive until the first message is in (a timer alone could fire first on a busy machine).
const { port1, port2 } = new MessageChannel()
console.log(port1.hasRef(), port2.hasRef())
const keepAlive = setInterval(() => console.log('still waiting'), 1000)
port1.onmessage = (e: MessageEvent) => {
  console.log('got', e.data)
  clearInterval(keepAlive)
  setTimeout(() => {
    console.log('timer')
    port2.postMessage(2)
  }, 10)
}
console.log(port1.hasRef(), port2.hasRef())
port1.unref()
console.log(port1.hasRef())
port2.postMessage(1)
process.on('exit', () => console.log('exit'))
