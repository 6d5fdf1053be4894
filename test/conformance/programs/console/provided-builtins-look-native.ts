// The built-ins Looplab provides in place of Node's look as Node's do: typeof, name, length, own keys, descriptors, prototype chain, printing.
const g = globalThis as Record<string, any>
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype
const entries: [string, any][] = [
  ['Promise', Promise],
  ['Promise.prototype', Promise.prototype],
  ['AsyncFunction', AsyncFunction],
  ['AsyncFunction.prototype', AsyncFunction.prototype],
  ['AsyncGeneratorFunction', AsyncGeneratorFunction],
  ['AsyncGeneratorFunction.prototype', AsyncGeneratorFunction.prototype],
  ['AsyncGeneratorPrototype', AsyncGeneratorPrototype],
  ['setTimeout', setTimeout],
  ['clearTimeout', clearTimeout],
  ['setInterval', setInterval],
  ['clearInterval', clearInterval],
  ['setImmediate', setImmediate],
  ['clearImmediate', clearImmediate],
  ['queueMicrotask', queueMicrotask],
  ['structuredClone', structuredClone],
  ['fetch', fetch],
  ['AbortController', AbortController],
  ['AbortSignal', AbortSignal],
  ['EventTarget', EventTarget],
  ['process.nextTick', process.nextTick],
  ['console.log', console.log],
  ['console.error', console.error],
]
const chain = (value: any): string => {
  const names: string[] = []
  for (let p = Object.getPrototypeOf(value); p !== null; p = Object.getPrototypeOf(p)) {
    names.push(p === Function.prototype ? 'Function.prototype' : p === Object.prototype ? 'Object.prototype' : Object.prototype.toString.call(p))
  }
  return names.join(' > ')
}
const flags = (d: PropertyDescriptor) => ('value' in d ? 'v' : 'a') + (d.writable ? 'w' : '-') + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-')
// Node's own internals (util.promisify hooks, transfer markers) and the Promise statics newer than Node 20 are left out.
const hostInternal = (key: string | symbol) =>
  (typeof key === 'symbol' && /^Symbol\((nodejs\.|k[A-Z])/.test(String(key))) || key === 'withResolvers' || key === 'try'
const describeKeys = (value: any) =>
  Reflect.ownKeys(value)
    .filter((k) => !hostInternal(k))
    .map((k) => `${String(k)}:${flags(Object.getOwnPropertyDescriptor(value, k)!)}:${typeof Object.getOwnPropertyDescriptor(value, k)!.value}`)
    .join(' ')
for (const [path, value] of entries) {
  console.log(`== ${path}: ${typeof value} ${chain(value)}`)
  if (typeof value === 'function') console.log(`   name=${value.name} length=${value.length}`)
  console.log(`   ${describeKeys(value)}`)
  // Node writes its timers, fetch and EventTarget in JavaScript and console's methods are bound: only V8's own natives are compared.
  if (typeof value === 'function' && !/^(set|clear)(Timeout|Interval|Immediate)$|^(queueMicrotask|fetch|AbortController|AbortSignal|EventTarget)$|^(process|console)\./.test(path)) {
    console.log(`   ${Function.prototype.toString.call(value)}`)
  }
}
for (const name of ['Promise', 'setTimeout', 'queueMicrotask', 'structuredClone', 'fetch', 'AbortController', 'EventTarget', 'console']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name)
  console.log(`global ${name}: ${d ? flags(d) : 'missing'}`)
}
console.log(Promise, [Promise.resolve, Promise.prototype.then], { ctor: Promise.resolve(1).constructor })
