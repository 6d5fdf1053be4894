// performance.mark and measure: entries found by name and type, in start-time order; times are compared as relations, not values.
const a = performance.mark('start', { detail: { step: 1 } })
let total = 0
for (let i = 0; i < 1000; i++) total += i
const b = performance.mark('end')
const m = performance.measure('loop', 'start', 'end')
console.log(a.name, a.entryType, a.duration, a.detail, b.detail, total)
console.log(m.name, m.entryType, m.startTime === a.startTime, m.duration === b.startTime - a.startTime, m.detail)
console.log(Object.keys(m.toJSON()), Object.keys(a.toJSON()), JSON.stringify(a.toJSON().detail))
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`))
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByType('measure').length)
console.log(performance.getEntriesByName('loop').length, performance.getEntriesByName('loop', 'mark').length, performance.getEntriesByType('gc'))
const fixed = performance.measure('fixed', { start: 2, end: 7, detail: ['x'] })
console.log(fixed.startTime, fixed.duration, fixed.detail)
const byDuration = performance.measure('by duration', { start: 1, duration: 3 })
console.log(byDuration.startTime, byDuration.duration)
const fromZero = performance.measure('from zero')
console.log(fromZero.startTime, fromZero.duration > 0)
console.log(a instanceof PerformanceMark, a instanceof PerformanceEntry, m instanceof PerformanceMeasure, Object.prototype.toString.call(m))
performance.clearMarks('start')
console.log(performance.getEntriesByType('mark').map((e) => e.name))
try {
  performance.measure('gone', 'start')
} catch (error) {
  console.log((error as Error).name, (error as Error).message, error instanceof DOMException)
}
performance.clearMeasures()
performance.clearMarks()
console.log(performance.getEntries().length)
const own = new PerformanceMark('own', { startTime: 5 })
console.log(own.startTime, performance.getEntriesByName('own').length, performance.measure('since own', 'own').startTime)
