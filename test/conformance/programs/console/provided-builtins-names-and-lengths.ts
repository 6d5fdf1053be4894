// The name, length and typeof of every function the runtime provides in place of Node's,
// and which of them are the same function under two names.
const shape = (label: string, value: unknown) => {
  if (typeof value !== 'function') return console.log(label, typeof value)
  const fn = value as (...args: unknown[]) => unknown
  console.log(label, typeof fn, JSON.stringify(fn.name), fn.length, 'prototype' in fn)
}
for (const name of ['all', 'allSettled', 'any', 'race', 'resolve', 'reject'] as const) shape(`Promise.${name}`, Promise[name])
for (const name of ['then', 'catch', 'finally'] as const) shape(`Promise.prototype.${name}`, Promise.prototype[name])
const timers = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'] as const
for (const name of timers) shape(name, globalThis[name])
for (const name of ['queueMicrotask', 'structuredClone', 'fetch'] as const) shape(name, globalThis[name])
for (const name of ['EventTarget', 'Event', 'AbortController', 'AbortSignal'] as const) shape(name, globalThis[name])
shape('AbortSignal.timeout', AbortSignal.timeout)
shape('AbortSignal.abort', AbortSignal.abort)
shape('AbortSignal.any', AbortSignal.any)
shape('AbortController.prototype.abort', AbortController.prototype.abort)
const consoleMethods = ['log', 'error', 'warn', 'info', 'debug', 'table', 'time', 'timeEnd', 'timeLog', 'count', 'countReset', 'group', 'groupEnd', 'dir', 'trace', 'assert'] as const
for (const name of consoleMethods) shape(`console.${name}`, console[name])
for (const name of ['nextTick', 'exit', 'on', 'addListener', 'once', 'off', 'removeListener', 'hrtime', 'uptime', 'memoryUsage', 'emitWarning'] as const)
  shape(`process.${name}`, process[name])
shape('process.hrtime.bigint', process.hrtime.bigint)
console.log('process.on is process.addListener:', process.on === process.addListener)
console.log('process.off is process.removeListener:', process.off === process.removeListener)
