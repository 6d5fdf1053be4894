// Removing a port's last 'message' listener unrefs it: the program ends although the port was never closed.
const { port1, port2 } = new MessageChannel()
const listener = (e: MessageEvent) => {
  console.log('got', e.data)
  port1.removeEventListener('message', listener)
  console.log('hasRef after removing', port1.hasRef())
}
port1.addEventListener('message', listener)
console.log('hasRef', port1.hasRef())
port2.postMessage('only')
process.on('exit', (code) => console.log('exit', code))
