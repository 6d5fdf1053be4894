import { describe, expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'

/**
 * Walks every function reachable from the globals the runtime installs
 * (their statics, prototypes and accessors) and prints its
 * Function.prototype.toString, so the test can check none shows engine source.
 */
const WALK = `
const seen = new Set()
const out = []
const visit = (value, path, depth) => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value) || depth > 3) return
  seen.add(value)
  if (typeof value === 'function') out.push(path + ' ' + Function.prototype.toString.call(value))
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)
    const name = path + '.' + String(key)
    if ('value' in d) visit(d.value, name, depth + 1)
    else { visit(d.get, name + '[get]', depth + 1); visit(d.set, name + '[set]', depth + 1) }
  }
}
for (const name of NAMES) visit(globalThis[name], name, 0)
let resolveFn
new Promise((resolve) => (resolveFn = resolve))
visit(resolveFn, 'resolve', 0)
visit(Object.getPrototypeOf(async function* () {}).prototype, 'AsyncGeneratorPrototype', 0)
console.log(out.join('\\n'))
`

const PROVIDED = {
  node: [
    'Promise',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'AbortController',
    'AbortSignal',
    'EventTarget',
    'Event',
    'MessageChannel',
    'MessagePort',
    'MessageEvent',
    'console',
    'process',
    'performance',
    'Performance',
    'PerformanceEntry',
    'PerformanceMark',
    'PerformanceMeasure',
    'PerformanceObserver',
    'PerformanceObserverEntryList',
    'Date',
    'Function',
    'eval',
    'Proxy',
  ],
  browser: [
    'Promise',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'AbortController',
    'AbortSignal',
    'EventTarget',
    'Event',
    'MessageChannel',
    'MessagePort',
    'MessageEvent',
    'postMessage',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'console',
    'performance',
    'Date',
    'Function',
    'eval',
    'Proxy',
  ],
}

describe('no engine source reaches the program', () => {
  for (const host of ['node', 'browser'] as const) {
    test(`under ${host}, every function the runtime provides prints as native code`, () => {
      const source = WALK.replace('NAMES', JSON.stringify(PROVIDED[host]))
      const result = runInNode(source, { host })
      expect(result.exitCode).toBe(0)
      const lines = result.stdout.trim().split('\n')
      expect(lines.length).toBeGreaterThan(100)
      for (const line of lines) {
        const text = line.slice(line.indexOf(' ') + 1)
        expect(text, line).toMatch(/^function [^(]*\(\) \{ \[native code\] \}$/)
        expect(text, line).not.toMatch(/\$ll|Promise2|=>/)
      }
    })
  }
})
