// Extra setTimeout/setInterval arguments are passed to the callback, evaluated at scheduling time.
let v = 'initial'
setTimeout((a: string, b: number, c: unknown) => console.log('timeout args', a, b, c), 5, v, 42, { k: 1 })
v = 'changed'
setTimeout((...args: unknown[]) => console.log('arg count', args.length), 6)
const id = setInterval((label: string) => {
  console.log('interval', label)
  clearInterval(id)
}, 7, 'tick-arg')
setTimeout(function (this: unknown) {
  console.log('this is the Timeout object:', this !== undefined && this !== globalThis)
}, 8)
