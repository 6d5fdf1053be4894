// A MessagePort method called on something that is not a port is refused, as V8's bindings refuse it.
const { port1, port2 } = new MessageChannel()
for (const name of ['postMessage', 'start', 'close'] as const) {
  for (const [label, receiver] of [
    ['a plain object', {}],
    ['globalThis', globalThis],
  ] as const) {
    try {
      ;(MessagePort.prototype[name] as (this: unknown, ...args: unknown[]) => unknown).call(receiver, 'x')
      console.log(name, 'on', label, 'ran')
    } catch (error) {
      console.log(name, 'on', label, '→', (error as Error).name, (error as Error).message)
    }
  }
}
console.log(port1.postMessage('still works'))
port2.close()
port1.close()
