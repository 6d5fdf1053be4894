import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { runInNode } from '../../app/cli/nodeRunner.ts'

/**
 * The browser profile's provided built-ins against Chromium's real ones: one
 * program walks each global the runtime provides (its statics, prototype,
 * methods and accessors, two levels deep) and a few instances, printing for
 * each value its typeof, Object.prototype.toString brand, prototype chain,
 * and for functions name, length and source text; for each own property its
 * kind and attributes, in own-key order. Chromium and the engine must print
 * the same lines.
 */
const PROVIDED = [
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
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'postMessage',
  'console',
]

const WALK = `'use strict'
const out = []
const TARGETS = ${JSON.stringify(PROVIDED)}
const describeValue = (v) => typeof v === 'function' ? 'function' : v === null ? 'null' : typeof v
const protoName = (o) => {
  const names = []
  for (let p = Object.getPrototypeOf(o), i = 0; p && i < 6; p = Object.getPrototypeOf(p), i++) {
    const c = Object.getOwnPropertyDescriptor(p, 'constructor')
    names.push(c && typeof c.value === 'function' ? c.value.name : p === Function.prototype ? 'Function.prototype' : '?')
  }
  return names.join('>')
}
const seen = new Set()
const visit = (value, path, depth) => {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value) || depth > 2) return
  seen.add(value)
  let line = path + ' :: ' + typeof value + ' ' + Object.prototype.toString.call(value) + ' proto=' + protoName(value)
  if (typeof value === 'function') line += ' name=' + JSON.stringify(value.name) + ' length=' + value.length + ' text=' + Function.prototype.toString.call(value)
  out.push(line)
  const keys = Reflect.ownKeys(value).filter((k) => !(typeof value === 'function' && (k === 'arguments' || k === 'caller')))
  out.push(path + ' keys ' + keys.map(String).join(','))
  for (const key of keys) {
    const d = Object.getOwnPropertyDescriptor(value, key)
    const name = path + '.' + String(key)
    if ('value' in d) {
      out.push(name + ' = ' + describeValue(d.value) + ' w' + +d.writable + 'e' + +d.enumerable + 'c' + +d.configurable + (typeof d.value === 'string' || typeof d.value === 'number' ? ' ' + JSON.stringify(d.value) : ''))
      if (key !== 'constructor') visit(d.value, name, depth + 1)
    } else {
      out.push(name + ' = accessor get=' + (d.get ? d.get.name + '/' + d.get.length : '-') + ' set=' + (d.set ? d.set.name + '/' + d.set.length : '-') + ' e' + +d.enumerable + 'c' + +d.configurable)
    }
  }
}
for (const name of TARGETS) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name)
  out.push('global ' + name + ' ' + (d ? ('value' in d ? describeValue(d.value) + ' w' + +d.writable + 'e' + +d.enumerable + 'c' + +d.configurable : 'accessor') : 'missing'))
  if (d && 'value' in d) visit(d.value, name, 0)
}
const instances = {
  promise: Promise.resolve(1),
  controller: new AbortController(),
  signal: new AbortController().signal,
  event: new Event('x'),
  target: new EventTarget(),
  channel: new MessageChannel(),
  messageEvent: new MessageEvent('message', { data: 1 }),
  asyncFunction: async function f() {},
  asyncGenerator: async function* g() {},
  asyncGeneratorObject: (async function* g() {})(),
  AsyncFunction: Object.getPrototypeOf(async function () {}).constructor,
  AsyncGeneratorFunction: Object.getPrototypeOf(async function* () {}).constructor,
  AsyncGeneratorPrototype: Object.getPrototypeOf(async function* () {}).prototype,
  resolvingFunction: (() => { let r; new Promise((resolve) => (r = resolve)); return r })(),
}
for (const key of Object.keys(instances)) visit(instances[key], 'instance:' + key, 0)
for (const key of Object.keys(instances)) out.push('string:' + key + ' ' + String(instances[key]))
out.push('done')
for (const line of out) console.log(line)
`

/**
 * Differences not fixed yet, by the start of the lines they touch (left out
 * on both sides): EventTarget lacks Chromium's `when` (the Observable API).
 */
const KNOWN = ['EventTarget.prototype keys', 'EventTarget.prototype.when']
const compared = (lines: readonly string[]) => lines.filter((line) => !KNOWN.some((prefix) => line.startsWith(prefix)))

test("the browser profile's built-ins have the shape of Chromium's", async ({ page }) => {
  await page.setContent('<!doctype html><html><head><title>native</title></head><body></body></html>')
  // The walk prints only once it is done, through a console of its own: the real one is walked unchanged.
  const native = await page.evaluate<string[]>(
    `(() => { 'use strict'; const lines = []; const console = { log: (line) => lines.push(line) }; ${WALK}; return lines })()`,
  )
  const engine = runInNode(WALK, { host: 'browser' })
    .stdout.split('\n')
    .filter((line) => line !== '')
  if (process.env.LOOPLAB_SHAPE_DUMP) writeFileSync(process.env.LOOPLAB_SHAPE_DUMP, JSON.stringify({ native, engine }))
  expect(native.at(-1)).toBe('done')
  expect(native.length).toBeGreaterThan(300)
  expect(compared(engine)).toEqual(compared(native))
})
