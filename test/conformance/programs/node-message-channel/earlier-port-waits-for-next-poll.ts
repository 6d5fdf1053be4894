// A message to a port made earlier than the one being served waits for the next poll phase (after the check phase's immediates).
const out: string[] = []
setTimeout(() => {
  const b = new MessageChannel()
  const a = new MessageChannel()
  a.port1.onmessage = (e: MessageEvent) => {
    out.push('a1 ' + e.data)
    if (e.data < 2) b.port2.postMessage('from a ' + e.data)
  }
  b.port1.onmessage = (e: MessageEvent) => {
    out.push('b1 ' + e.data)
    if (e.data === 'from a 0') {
      a.port2.postMessage(1)
      setImmediate(() => out.push('immediate from b1'))
    }
  }
  setImmediate(() => out.push('immediate'))
  a.port2.postMessage(0)
  setTimeout(() => {
    console.log(out.join('\n'))
    a.port1.close()
    b.port1.close()
  }, 30)
}, 5)
