/**
 * The program that compares a host profile's provided built-ins with the real
 * runtime's: it walks each named global (its statics, prototype, methods and
 * accessors, two levels deep) and a few instances, printing for each value its
 * typeof, Object.prototype.toString brand, prototype chain, and for functions
 * name, length and source text (as a JSON string, so each line is one line);
 * for each own property its kind and attributes, in own-key order. A global
 * defined by an accessor is described before and after it is first read. It ends
 * with the line `done`. The real runtime and the engine must print the same
 * lines (test/e2e/browser-builtins.spec.ts for Chromium,
 * test/conformance/nodeBuiltinsShape.test.ts for Node).
 */
export function builtinsWalk(targets: readonly string[], instances: Readonly<Record<string, string>>): string {
  const instanceEntries = Object.entries(instances)
    .map(([key, expression]) => `  ${key}: ${expression},`)
    .join('\n')
  return `'use strict'
const out = []
const TARGETS = ${JSON.stringify(targets)}
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
  if (typeof value === 'function') line += ' name=' + JSON.stringify(value.name) + ' length=' + value.length + ' text=' + JSON.stringify(Function.prototype.toString.call(value))
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
const describeGlobal = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name)
  if (!d) return 'missing'
  if ('value' in d) return describeValue(d.value) + ' w' + +d.writable + 'e' + +d.enumerable + 'c' + +d.configurable
  return 'accessor get=' + (d.get ? d.get.name + '/' + d.get.length : '-') + ' set=' + (d.set ? d.set.name + '/' + d.set.length : '-') + ' e' + +d.enumerable + 'c' + +d.configurable
}
for (const name of TARGETS) {
  const before = describeGlobal(name)
  out.push('global ' + name + ' ' + before)
  if (before === 'missing') continue
  const value = globalThis[name]
  // A lazily defined global (Node's) can turn into a data property once read.
  if (before.startsWith('accessor')) out.push('global ' + name + ' once read ' + describeGlobal(name))
  visit(value, name, 0)
}
const instances = {
${instanceEntries}
}
for (const key of Object.keys(instances)) visit(instances[key], 'instance:' + key, 0)
for (const key of Object.keys(instances)) out.push('string:' + key + ' ' + String(instances[key]))
out.push('done')
for (const line of out) console.log(line)
`
}

/** Instances both hosts provide, walked after the globals. */
export const COMMON_INSTANCES: Readonly<Record<string, string>> = {
  promise: 'Promise.resolve(1)',
  controller: 'new AbortController()',
  signal: 'new AbortController().signal',
  event: "new Event('x')",
  target: 'new EventTarget()',
  channel: 'new MessageChannel()',
  messageEvent: "new MessageEvent('message', { data: 1 })",
  asyncFunction: 'async function f() {}',
  asyncGenerator: 'async function* g() {}',
  asyncGeneratorObject: '(async function* g() {})()',
  AsyncFunction: 'Object.getPrototypeOf(async function () {}).constructor',
  AsyncGeneratorFunction: 'Object.getPrototypeOf(async function* () {}).constructor',
  AsyncGeneratorPrototype: 'Object.getPrototypeOf(async function* () {}).prototype',
  resolvingFunction: '(() => { let r; new Promise((resolve) => (r = resolve)); return r })()',
}
