// @host browser
// MessageChannel messages arrive in posting order, each as its own task with a microtask checkpoint after it.
const { port1, port2 } = new MessageChannel()
let n = 0
port2.onmessage = (e: MessageEvent) => {
  console.log('message', e.data)
  Promise.resolve().then(() => console.log('microtask after', e.data))
  if (++n === 3) {
    queueMicrotask(() => console.log('done'))
  }
}
port1.postMessage('one')
port1.postMessage('two')
port1.postMessage('three')
Promise.resolve().then(() => console.log('microtask before messages'))
console.log('posted')
