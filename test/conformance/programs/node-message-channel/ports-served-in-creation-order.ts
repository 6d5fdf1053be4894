// The poll phase serves awake ports in the order they were made; a port drains messages posted to itself meanwhile, and a port made later hears messages posted in the same pass.
const out: string[] = []
setTimeout(() => {
  const a = new MessageChannel()
  const b = new MessageChannel()
  a.port1.onmessage = (e: MessageEvent) => {
    out.push('a1 ' + e.data)
    if (e.data < 3) {
      a.port2.postMessage(e.data + 1)
      b.port2.postMessage('from a ' + e.data)
    }
  }
  b.port1.onmessage = (e: MessageEvent) => out.push('b1 ' + e.data)
  a.port2.onmessage = (e: MessageEvent) => out.push('a2 ' + e.data)
  setImmediate(() => out.push('immediate'))
  b.port2.postMessage('first b')
  a.port2.postMessage(0)
  a.port1.postMessage('to a2')
  setTimeout(() => {
    console.log(out.join('\n'))
    a.port1.close()
    b.port1.close()
  }, 20)
}, 5)
