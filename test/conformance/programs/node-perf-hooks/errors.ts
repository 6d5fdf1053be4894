// The errors performance's methods and classes throw, with Node's codes and messages.
const attempts: [string, () => unknown][] = [
  ['new Performance()', () => new (Performance as unknown as new () => object)()],
  ['new PerformanceEntry()', () => new (PerformanceEntry as unknown as new () => object)()],
  ['new PerformanceMeasure()', () => new (PerformanceMeasure as unknown as new () => object)()],
  ['new PerformanceObserverEntryList()', () => new (PerformanceObserverEntryList as unknown as new () => object)()],
  ['new PerformanceMark()', () => new (PerformanceMark as unknown as new () => object)()],
  ['new PerformanceObserver()', () => new (PerformanceObserver as unknown as new () => object)()],
  ['measure(1)', () => performance.measure(1 as unknown as string)],
  ['getEntriesByName()', () => (performance.getEntriesByName as () => unknown)()],
  ['getEntriesByType()', () => (performance.getEntriesByType as () => unknown)()],
  ["mark('loopStart')", () => performance.mark('loopStart')],
  ["clearMarks('nodeStart')", () => performance.clearMarks('nodeStart')],
  ['mark startTime -1', () => performance.mark('x', { startTime: -1 })],
  ["mark startTime 'a'", () => performance.mark('x', { startTime: 'a' as unknown as number })],
  ['mark options 5', () => performance.mark('x', 5 as unknown as PerformanceMarkOptions)],
  ['measure start, end and duration', () => performance.measure('x', { start: 1, end: 2, duration: 3 })],
  ['measure options and endMark', () => performance.measure('x', { start: 1 }, 'y')],
  ["measure from 'nowhere'", () => performance.measure('x', 'nowhere')],
  ['measure to a negative time', () => performance.measure('x', { start: 0, end: -4 })],
  ['observe({})', () => new PerformanceObserver(() => {}).observe({})],
  ["observe entryTypes 'mark'", () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' as unknown as string[] })],
  ['observe both', () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' })],
  ['observe 7', () => new PerformanceObserver(() => {}).observe(7 as unknown as PerformanceObserverInit)],
  ['timerify(1)', () => performance.timerify(1 as unknown as () => void)],
  ['getter on a plain object', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name')!.get!.call({})],
]
for (const [label, attempt] of attempts) {
  try {
    attempt()
    console.log(label, 'did not throw')
  } catch (error) {
    const e = error as Error & { code?: unknown }
    console.log(label, '->', e.name, e.code, e.message)
  }
}
const observer = new PerformanceObserver(() => {})
observer.observe({ type: 'mark' })
try {
  observer.observe({ entryTypes: ['measure'] })
} catch (error) {
  console.log((error as Error).name, (error as Error).message)
}
observer.disconnect()
console.log('done')
