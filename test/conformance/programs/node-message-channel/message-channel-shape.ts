// MessageChannel, MessagePort and MessageEvent look as Node's: typeof, name, length, native text, prototype keys, descriptors, prototype chain, errors.
const channel = new MessageChannel()
const { port1, port2 } = channel
for (const ctor of [MessageChannel, MessagePort, MessageEvent]) console.log(typeof ctor, ctor.name, ctor.length)
console.log(String(MessageChannel), String(MessagePort), String(port1.postMessage))
console.log(Object.getOwnPropertyNames(MessagePort.prototype).join(','))
console.log(Object.getOwnPropertyNames(MessageChannel.prototype).join(','), Object.getOwnPropertyNames(channel).join(','))
for (const key of Object.getOwnPropertyNames(MessagePort.prototype)) {
  const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, key)!
  console.log(key, 'value' in d ? typeof d.value : 'accessor', d.enumerable, d.configurable, 'writable' in d ? d.writable : '-')
}
const d1 = Object.getOwnPropertyDescriptor(channel, 'port1')!
console.log('port1', d1.writable, d1.enumerable, d1.configurable)
for (const name of ['postMessage', 'start', 'ref', 'unref', 'on', 'once', 'off', 'emit', 'addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const fn = (port1 as unknown as Record<string, Function>)[name]!
  console.log(name, typeof fn, fn.name, fn.length)
}
const base = Object.getPrototypeOf(MessagePort.prototype)
console.log(base.constructor.name, Object.getPrototypeOf(base) === EventTarget.prototype, Object.getPrototypeOf(MessagePort) === base.constructor)
console.log(port1 instanceof EventTarget, port1.constructor === MessagePort, Object.prototype.toString.call(port1), Object.prototype.toString.call(channel))
console.log(port1.onmessage, port1.onmessageerror, Object.keys(port1).length, JSON.stringify(channel))
console.log(Object.getOwnPropertyDescriptor(globalThis, 'MessageChannel')!.enumerable, Object.getOwnPropertyDescriptor(globalThis, 'MessagePort')!.writable)
console.log(port1.hasRef(), port1.ref(), port1.hasRef(), port1.unref(), port1.hasRef(), port1.start())
console.log(port2.postMessage('x'), port1.postMessage.length)
try {
  new (MessagePort as unknown as new () => object)()
} catch (e) {
  console.log((e as Error).name, (e as Error).message)
}
try {
  ;(port1.postMessage as () => void)()
} catch (e) {
  console.log((e as Error).name, (e as Error).message)
}
const event = new MessageEvent('message', { data: 5 })
console.log(event.data, event.origin === '', event.lastEventId === '', event.source, event.ports.length, new MessageEvent('x').data, event instanceof Event)
port1.close()
console.log(port1.hasRef(), port2.postMessage('after close'))
