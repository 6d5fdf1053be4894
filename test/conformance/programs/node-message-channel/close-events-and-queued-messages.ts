// close() fires 'close' in the close phase (after immediates); the entangled port closes on its next wake; messages queued before close are still delivered; a closed port drops what it was sent.
const out: string[] = []
const first = new MessageChannel()
first.port2.postMessage(1)
first.port2.postMessage(2)
first.port2.close()
first.port1.onmessage = (e: MessageEvent) => out.push('first got ' + e.data)
first.port1.on('close', () => out.push('first port1 close'))
first.port2.on('close', () => out.push('first port2 close'))
setTimeout(() => {
  const { port1, port2 } = new MessageChannel()
  port1.onmessage = (e: MessageEvent) => out.push('got ' + e.data)
  port1.addEventListener('close', (e: Event) => {
    out.push('port1 close ' + e.constructor.name + ' ' + e.type)
    process.nextTick(() => out.push('tick after port1 close'))
  })
  port2.close(() => out.push('port2 close callback'))
  port2.postMessage('dropped: port2 closed')
  port1.postMessage('dropped: sent to a closed port')
  setImmediate(() => out.push('immediate'))
  process.nextTick(() => out.push('tick'))
  setTimeout(() => console.log(out.join('\n')), 30)
}, 50)
