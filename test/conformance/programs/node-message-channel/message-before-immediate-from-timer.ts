// A message posted from a timer callback is delivered in the poll phase of the same loop iteration: before setImmediate, with ticks and microtasks drained after each message.
const out: string[] = []
setTimeout(() => {
  const { port1, port2 } = new MessageChannel()
  port1.onmessage = (e: MessageEvent) => {
    out.push('message ' + e.data)
    process.nextTick(() => out.push('tick after ' + e.data))
    Promise.resolve().then(() => out.push('microtask after ' + e.data))
  }
  setImmediate(() => out.push('immediate'))
  port2.postMessage(1)
  port2.postMessage(2)
  Promise.resolve().then(() => out.push('microtask in timer'))
  process.nextTick(() => out.push('tick in timer'))
  setTimeout(() => {
    console.log(out.join('\n'))
    port1.close()
  }, 20)
}, 5)
