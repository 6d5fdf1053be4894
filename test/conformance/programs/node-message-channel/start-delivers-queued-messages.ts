// Messages wait in a port until its first 'message' listener starts it (in Node addEventListener and on() start a port too), then all arrive in the next poll phase.
const out: string[] = []
const { port1, port2 } = new MessageChannel()
const other = new MessageChannel()
port2.postMessage('queued 1')
port2.postMessage('queued 2')
other.port2.postMessage('hello')
setTimeout(() => {
  out.push('timer')
  port1.addEventListener('message', (e: MessageEvent) => out.push('port1 ' + e.data))
  other.port1.on('message', (data: unknown) => out.push('other ' + data))
  setImmediate(() => out.push('immediate'))
}, 10)
setTimeout(() => {
  console.log(out.join('\n'))
  port1.close()
  other.port1.close()
}, 40)
