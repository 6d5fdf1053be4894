// Node defines some globals lazily: AbortController, MessageChannel, Headers, DOMException… are accessors until first read, then data properties; process and performance stay accessors.
const describe = (name: string) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name)!
  if ('value' in d) return `${name} value w${+d.writable!}e${+d.enumerable}c${+d.configurable}`
  return `${name} accessor get=${JSON.stringify(d.get!.name)} set=${JSON.stringify(d.set!.name)} e${+d.enumerable}c${+d.configurable}`
}
const names = ['AbortController', 'AbortSignal', 'MessageChannel', 'MessagePort', 'MessageEvent', 'Headers', 'Request', 'Response', 'DOMException', 'process', 'performance']
for (const name of names) console.log(describe(name))
for (const name of names) void (globalThis as Record<string, unknown>)[name]
for (const name of names) console.log(describe(name))
console.log(typeof AbortController, typeof process.nextTick, typeof performance.now)
console.log(describe('setTimeout'), describe('structuredClone'), describe('EventTarget'))
