import { writeFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { builtinsWalk, COMMON_INSTANCES } from '../support/builtinsWalk.ts'
import { runNative } from './native.ts'

/**
 * The node profile's provided built-ins against Node 20's real ones: the walk
 * of test/support/builtinsWalk.ts runs on `node` and in the engine, and both
 * must print the same lines, apart from the documented exclusions below.
 */
const PROVIDED = [
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
  'CustomEvent',
  'MessageChannel',
  'MessagePort',
  'MessageEvent',
  'console',
  'process',
  'Headers',
  'Request',
  'Response',
  'DOMException',
  'performance',
  'Performance',
  'PerformanceEntry',
  'PerformanceMark',
  'PerformanceMeasure',
  'PerformanceObserver',
  'PerformanceObserverEntryList',
]

const WALK = builtinsWalk(PROVIDED, {
  ...COMMON_INSTANCES,
  customEvent: "new CustomEvent('x', { detail: 1 })",
  port: 'new MessageChannel().port1',
  headers: "new Headers({ a: '1' })",
  request: "new Request('http://example.com/')",
  response: "new Response('x')",
  domException: "new DOMException('m', 'AbortError')",
  cloneError: '(() => { try { structuredClone(() => {}) } catch (error) { return error } })()',
  timeout: 'setTimeout(() => {}, 0)',
  immediate: 'setImmediate(() => {})',
  mark: "performance.mark('a', { detail: 1 })",
  measure: "performance.measure('m', 'a')",
  observer: 'new PerformanceObserver(() => {})',
})

/**
 * The members of `process` the engine models (Node's has about a hundred:
 * bindings, config, features, uid and resource calls… that a program about
 * the event loop does not reach). The walk compares these only, in Node's
 * order; the rest of `process` is left out on both sides.
 */
const PROCESS_MODELLED = [
  'version',
  'versions',
  'platform',
  'release',
  'exitCode',
  'uptime',
  'memoryUsage',
  'exit',
  'hrtime',
  'emitWarning',
  'nextTick',
  'stdout',
  'stdin',
  'stderr',
  'cwd',
  'env',
  'title',
  'argv',
  'pid',
]

/**
 * Symbols under which Node keeps the private state of its objects (an
 * EventTarget's listener maps, an Event's target and flags, console's stream
 * binders, undici's request state, a Timeout's async ids…). A program reaches
 * them only through `Reflect.ownKeys`; the engine keeps that state in its own
 * closures instead, so keys and members named by these symbols are left out
 * on both sides.
 */
const NODE_INTERNAL_SYMBOLS = new Set([
  'kEvents',
  'events.maxEventTargetListeners',
  'events.maxEventTargetListenersWarned',
  'kHandlers',
  'kNewListener',
  'kRemoveListener',
  'kRemoveWeakListenerHelper',
  'kCreateEvent',
  'nodejs.internal.kHybridDispatch',
  'nodejs.internal.kCurrentlyReceivingPorts',
  'nodejs.event_target',
  'type',
  'kTarget',
  'kIsBeingDispatched',
  'detail',
  'kData',
  'kOrigin',
  'kLastEventId',
  'kSource',
  'kPorts',
  'kAborted',
  'kReason',
  'kComposite',
  'kBindStreamsEager',
  'kBindStreamsLazy',
  'kBindProperties',
  'kWriteToConsole',
  'kGetInspectOptions',
  'kFormatForStdout',
  'kFormatForStderr',
  'counts',
  'kColorMode',
  'kIsConsole',
  'kGroupIndent',
  'kGroupIndentWidth',
  'state',
  'signal',
  'headers',
  'dispatcher',
  'performance',
  'refed',
  'kHasPrimitive',
  'asyncId',
  'triggerId',
  'oninit',
  'handle_onclose',
  'messaging_transfer_symbol',
  'messaging_transfer_list_symbol',
  'messaging_deserialize_symbol',
  'kMakeTransferable',
  'shapeMode',
  'kCapture',
  'PerformanceEntry.Name',
  'PerformanceEntry.EntryType',
  'PerformanceEntry.StartTime',
  'PerformanceEntry.Duration',
  'kDetail',
  'kMaybeBuffer',
  'kDispatch',
  'headers map sorted',
])

/**
 * String-keyed internals of Node's objects, by the path of their holder: the
 * global console's stream state (non-enumerable `_stdout`, `_times`…), a
 * Timeout's and an Immediate's list links. Left out on both sides.
 */
const NODE_INTERNAL_KEYS: Readonly<Record<string, readonly string[]>> = {
  console: ['_stdoutErrorHandler', '_stderrErrorHandler', '_ignoreErrors', '_times', '_stdout', '_stderr'],
  // Timer list links and callbacks; the engine's Timeout keeps `_idleTimeout` only, which programs read.
  'instance:timeout': ['_idlePrev', '_idleNext', '_idleStart', '_onTimeout', '_timerArgs', '_repeat', '_destroyed'],
  'instance:immediate': ['_idleNext', '_idlePrev', '_onImmediate', '_argv', '_destroyed'],
}

/** Differences left out on both sides, by the start of the lines they touch, each with its reason. */
const KNOWN: readonly { prefix: string; reason: string }[] = [
  { prefix: 'Promise keys', reason: 'Promise.withResolvers and Promise.try: the engine models a newer Node than 20' },
  { prefix: 'Promise.withResolvers', reason: 'the engine models a newer Node than 20' },
  { prefix: 'Promise.try', reason: 'the engine models a newer Node than 20' },
  { prefix: 'process.env :: ', reason: "process.env holds the machine's environment; the engine's is empty" },
  { prefix: 'process.env keys', reason: "process.env holds the machine's environment; the engine's is empty" },
  { prefix: 'process.env.', reason: "process.env holds the machine's environment; the engine's is empty" },
  // Not matched yet (issue #17 follow-ups):
  ...['EventTarget.prototype keys', 'EventTarget.prototype.Symbol(nodejs.util.inspect.custom)'].map((prefix) => ({
    prefix,
    reason:
      "EventTarget.prototype has no inspect hook of Node's (`EventTarget {}`): MessagePort, which inherits it, would need its own first",
  })),
  ...['MessagePort.prototype keys', 'MessagePort.prototype.Symbol(nodejs.util.inspect.custom)'].map((prefix) => ({
    prefix,
    reason:
      "MessagePort's inspect hook: Node prints a port's internal listener maps (`[Symbol(kEvents)]: SafeMap(2) [Map] {…}`), not modelled",
  })),
  ...['MessageChannel.prototype =', 'MessagePort.prototype ='].map((prefix) => ({
    prefix,
    reason: "Node's are C++ function templates, whose `prototype` is writable; the engine's are classes (a class's `prototype` is not)",
  })),
  ...['Performance.prototype.nodeTiming keys', 'Performance.prototype.nodeTiming.uvMetricsInfo'].map((prefix) => ({
    prefix,
    reason: "nodeTiming.uvMetricsInfo reports libuv's own counters (loop iterations, events polled), which the engine does not model",
  })),
  ...['Request', 'Response', 'instance:request', 'instance:response'].map((prefix) => ({
    prefix,
    reason:
      "undici's Request/Response: enumerable WebIDL members in undici's order, and members the engine lacks (bodies as streams, blob/formData/bytes, Response.error/redirect)",
  })),
  { prefix: 'string:timeout ', reason: "a Timeout's primitive is its async id, which counts every async resource Node has made" },
]

/** Members whose value is the machine's (the node binary's path, the script's, the pid): their attributes are compared, not their value. */
const MACHINE_VALUES = ['process.title', 'process.argv.0', 'process.argv.1', 'process.pid']

const INTERNAL_KEY = /^Symbol\((.*)\)$/

function isInternalKey(holder: string, key: string): boolean {
  if (NODE_INTERNAL_KEYS[holder]?.includes(key)) return true
  const match = INTERNAL_KEY.exec(key)
  return match !== null && NODE_INTERNAL_SYMBOLS.has(match[1]!)
}

/** Whether a line's path goes through a member named by one of Node's internal symbols or keys. */
function throughInternal(path: string): boolean {
  for (const holder in NODE_INTERNAL_KEYS) {
    for (const key of NODE_INTERNAL_KEYS[holder]!) if (path === `${holder}.${key}` || path.startsWith(`${holder}.${key}.`)) return true
  }
  for (const internal of NODE_INTERNAL_SYMBOLS) if (path.includes(`.Symbol(${internal})`)) return true
  return false
}

/**
 * The function text of a function Node writes in JavaScript is its source;
 * the engine shows the native form in its place (never its own source), so
 * the native run's JavaScript text is read as `function name() { [native code] }`.
 * The walk's own functions keep their text.
 */
function nativeForm(line: string): string {
  return line.replace(/ name=("(?:[^"\\]|\\.)*") length=(\d+) text=(".*")$/, (whole, name: string, length: string, text: string) => {
    const source = JSON.parse(text) as string
    if (source.endsWith('{ [native code] }') || WALK.includes(source)) return whole
    return ` name=${name} length=${length} text=${JSON.stringify(`function ${JSON.parse(name) as string}() { [native code] }`)}`
  })
}

function compared(lines: readonly string[]): string[] {
  const result: string[] = []
  for (const line of lines) {
    // The path ends where the description starts (a symbol's description may hold spaces).
    const path = line.split(/ (?:=|::|keys) /)[0]!
    if (KNOWN.some((known) => line.startsWith(known.prefix))) continue
    if (throughInternal(path)) continue
    const processMember = /^process\.([^.]+)/.exec(path)
    if (processMember && !PROCESS_MODELLED.includes(processMember[1]!)) continue
    // An error's stack: its frames are the machine's (Node's internals, the file's path); the header is compared.
    const stack = /^(\S+\.stack = string \S+ )"((?:[^"\\]|\\.)*?)(?:\\n.*)?"$/.exec(line)
    if (stack) {
      result.push(`${stack[1]}"${stack[2]}"`)
      continue
    }
    if (MACHINE_VALUES.includes(path) && / = (string|number) /.test(line)) {
      result.push(line.replace(/ ("(?:[^"\\]|\\.)*"|-?\d+)$/, ''))
      continue
    }
    const keys = /^(\S+) keys (.*)$/.exec(line)
    if (keys) {
      let list = keys[2]!.split(',').filter((key) => key !== '' && !isInternalKey(keys[1]!, key))
      if (keys[1] === 'process') list = list.filter((key) => PROCESS_MODELLED.includes(key))
      result.push(`${keys[1]} keys ${list.join(',')}`)
      continue
    }
    result.push(line)
  }
  return result
}

test("the node profile's built-ins have the shape of Node's", async () => {
  const native = await runNative(WALK, 'builtins-walk', 20_000, { verbatim: true })
  const engine = runInNode(WALK, { host: 'node', budgets: { maxWallMs: 20_000 } })
  const nativeLines = native.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map(nativeForm)
  const engineLines = engine.stdout.split('\n').filter((line) => line !== '')
  if (process.env.LOOPLAB_SHAPE_DUMP) {
    writeFileSync(`${process.env.LOOPLAB_SHAPE_DUMP}.native`, `${compared(nativeLines).join('\n')}\n`)
    writeFileSync(`${process.env.LOOPLAB_SHAPE_DUMP}.engine`, `${compared(engineLines).join('\n')}\n${engine.stderr}`)
  }
  expect(nativeLines.at(-1)).toBe('done')
  expect(nativeLines.length).toBeGreaterThan(600)
  expect(compared(engineLines)).toEqual(compared(nativeLines))
})
