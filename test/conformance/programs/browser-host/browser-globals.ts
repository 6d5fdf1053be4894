// @host browser
// Host differences: no process/setImmediate in the browser, timer ids are numbers, and rAF/MessageChannel exist.
console.log('process', typeof (globalThis as any).process)
console.log('setImmediate', typeof (globalThis as any).setImmediate)
console.log('requestAnimationFrame', typeof requestAnimationFrame)
console.log('MessageChannel', typeof MessageChannel)
console.log('queueMicrotask', typeof queueMicrotask)
const id1 = setTimeout(() => console.log('timer ran'), 0)
const id2 = setTimeout(() => console.log('cancelled timer ran'), 0)
clearTimeout(id2)
console.log('timer id type', typeof id1, Number.isInteger(id1) && (id1 as unknown as number) > 0, id1 !== id2)
setTimeout(() => console.log('done'), 10)
