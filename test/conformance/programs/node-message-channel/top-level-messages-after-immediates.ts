// Messages posted by the module's top level arrive after its immediates (the module ran in a poll callback), each message its own callback.
const { port1, port2 } = new MessageChannel()
const out: string[] = []
port2.postMessage('a')
port2.postMessage({ n: 2 })
port1.onmessage = (e: MessageEvent) => {
  out.push('message ' + JSON.stringify(e.data))
  Promise.resolve().then(() => out.push('then after ' + JSON.stringify(e.data)))
  if (e.data === 'a') setImmediate(() => out.push('immediate from message'))
}
setImmediate(() => out.push('immediate'))
Promise.resolve().then(() => out.push('promise'))
process.nextTick(() => out.push('tick'))
setTimeout(() => {
  console.log(out.join('\n'))
  port1.close()
}, 30)
