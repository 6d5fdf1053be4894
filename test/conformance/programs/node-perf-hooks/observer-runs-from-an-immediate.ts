// A PerformanceObserver hears of new entries from one setImmediate per batch: after the microtasks, in the check phase, in order with other immediates.
import { PerformanceObserver as Observer, performance as perf } from 'node:perf_hooks'

console.log(Observer === PerformanceObserver, perf === performance)
const seen: string[] = []
const observer = new PerformanceObserver((list, self) => {
  console.log('observer', list.getEntries().map((e) => `${e.entryType}:${e.name}`), self === observer, String(list))
  console.log('by type', list.getEntriesByType('measure').length, 'by name', list.getEntriesByName('one').length)
  seen.push('observed')
})
observer.observe({ entryTypes: ['mark', 'measure', 'bogus'] })
console.log(observer)
setImmediate(() => console.log('immediate before the first mark'))
performance.mark('one')
performance.mark('two')
performance.measure('one to two', 'one', 'two')
setImmediate(() => console.log('immediate after the marks'))
Promise.resolve().then(() => console.log('microtask'))
process.nextTick(() => console.log('tick'))
console.log('records taken', observer.takeRecords().length)
performance.mark('three')
setImmediate(() => {
  performance.mark('four')
  setImmediate(() => console.log('next immediate'))
})
const single = new PerformanceObserver((list) => {
  console.log('single', list.getEntries().map((e) => e.name))
  single.disconnect()
})
single.observe({ type: 'mark', buffered: true })
process.on('exit', () => console.log('exit', seen.length))
