// @host browser
// window.postMessage to self delivers message events asynchronously and in order, after microtasks.
let count = 0
globalThis.addEventListener('message', (e: MessageEvent) => {
  if (typeof e.data !== 'string' || !e.data.startsWith('msg')) return
  console.log('got', e.data)
  queueMicrotask(() => console.log('micro after', e.data))
  if (++count === 3) setTimeout(() => console.log('done'), 0)
})
globalThis.postMessage('msg-1', '*')
globalThis.postMessage('msg-2', '*')
Promise.resolve().then(() => console.log('microtask first'))
globalThis.postMessage('msg-3', '*')
console.log('posted three')
