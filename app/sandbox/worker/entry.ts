/**
 * The sandbox worker: a classic script started from a blob inside an
 * opaque-origin iframe. It receives the private MessagePort, then one run
 * request, runs the learner's program on the modeled runtime in this realm,
 * and streams the trace back over the port.
 *
 * Everything it needs from the real host (timers for pacing, the clock, the
 * port's postMessage) is captured when this script starts, before any
 * learner code exists; the learner's code then finds no way to the port.
 */
import { startProgram, type ProgramRun } from '../../engine/runtime/run.ts'
import type { TraceBatch } from '../../engine/trace/batch.ts'
import type { FromSandbox, LoadPythonRequest, RunPythonRequest, RunRequest, ToSandbox } from '../protocol.ts'
import { preparePython, type PyodideLike } from '../../engine/python/pythonRun.ts'
import { captureIntrinsics, loadPython } from './python.ts'
import { SafeMath, ObjectDefineProperty } from '../../engine/runtime/primordials.ts'

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown; ports: readonly MessagePort[] }) => void): void
  setTimeout(callback: () => void, ms: number): number
  performance: { now(): number }
}

const scope = globalThis as unknown as WorkerScope & Record<string, unknown>
const { bind, call } = Function.prototype
const uncurry = bind.bind(call) as <A extends unknown[], R>(fn: (...args: A) => R) => (self: unknown, ...args: A) => R
const portPostMessage = uncurry(MessagePort.prototype.postMessage as (message: unknown, transfer: Transferable[]) => void)
const setNativeTimeout = scope.setTimeout.bind(scope)
const performanceNow = scope.performance.now.bind(scope.performance)
/*
 * Accessors and functions of the realm this script still uses once learner
 * code exists, captured now: a program can redefine them, and must not be
 * able to run code from inside this script (a `MessageEvent.prototype.data`
 * getter would otherwise be handed the event, whose `target` is the port).
 */
const messageEventData = uncurry(Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!.get! as () => unknown)
const typedArrayBuffer = uncurry(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, 'buffer')!.get! as () => ArrayBuffer,
)
const MathMin = Math.min
const MathMax = Math.max

/** Globals a learner's program must not reach: the way out of the sandbox, and real I/O. */
const REMOVED_GLOBALS = [
  'postMessage',
  'onmessage',
  'onmessageerror',
  'close',
  'importScripts',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'indexedDB',
  'caches',
  'CacheStorage',
  'FileReaderSync',
  'navigator',
  'location',
  'WebAssembly',
  // Native asynchronous APIs: their promises and callbacks would run outside the modeled event loop.
  'Blob',
  'File',
  'FileReader',
  'scheduler',
  'createImageBitmap',
  'OffscreenCanvas',
  'CompressionStream',
  'DecompressionStream',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'TextDecoderStream',
  'TextEncoderStream',
  'ImageDecoder',
  'VideoDecoder',
  'VideoEncoder',
  'AudioDecoder',
  'AudioEncoder',
  'FontFace',
  'FileSystemHandle',
  'StorageManager',
  'LockManager',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'MessageChannel',
  'MessagePort',
  'MessageEvent',
]

const PROGRESS_EVERY_MS = 200
/** Tasks per virtual second above which a long run is paced to real time. */
const LIVE_RATE = 0.4
const SLICE_MS = 40

let port: MessagePort | undefined

function send(message: FromSandbox, transfer: Transferable[] = []): void {
  if (port) portPostMessage(port, message, transfer)
}

/** Python runs keep WebAssembly (Pyodide's own code may need it); they lose the network hooks TypeScript runs model. */
const REMOVED_FOR_PYTHON = [...REMOVED_GLOBALS.filter((name) => name !== 'WebAssembly'), 'fetch', 'Request', 'Response', 'Headers']

function removeEscapes(names: readonly string[] = REMOVED_GLOBALS): void {
  for (const name of names) {
    for (
      let target: object | null = scope;
      target && target !== Object.prototype;
      target = Object.getPrototypeOf(target) as object | null
    ) {
      try {
        if (Object.prototype.hasOwnProperty.call(target, name)) delete (target as Record<string, unknown>)[name]
      } catch {
        /* non-configurable: shadowed below */
      }
    }
    try {
      ObjectDefineProperty(scope, name, { value: undefined, writable: true, configurable: true })
    } catch {
      /* already gone */
    }
  }
}

/** Parts of kept globals that are asynchronous natively (WebCrypto's subtle, Atomics.waitAsync). */
function removeNativeAsyncMembers(): void {
  const crypto = scope.crypto as { subtle?: unknown } | undefined
  if (crypto) {
    for (
      let target: object | null = crypto;
      target && target !== Object.prototype;
      target = Object.getPrototypeOf(target) as object | null
    ) {
      try {
        if (Object.prototype.hasOwnProperty.call(target, 'subtle')) delete (target as Record<string, unknown>).subtle
      } catch {
        /* not configurable */
      }
    }
  }
  const atomics = scope.Atomics as { waitAsync?: unknown } | undefined
  if (atomics) delete atomics.waitAsync
}

/** A run that only looks at variables: unpaced, no trace sent, one `scopes` answer. */
function inspect(request: RunRequest, targets: number[]): void {
  try {
    const run = startProgram(
      request.input,
      { ...request.options, inspectScopes: targets },
      { onBatch: () => undefined, wallNow: performanceNow },
      scope,
    )
    const slice = () => {
      try {
        const step = run.advance(Infinity, SLICE_MS)
        if (!step.done) {
          send({ type: 'progress', runId: request.runId, virtualTime: 0, paced: false })
          setNativeTimeout(slice, 0)
          return
        }
        send({ type: 'scopes', runId: request.runId, snapshots: run.scopes() })
        send({ type: 'done', runId: request.runId, outcome: step.outcome })
      } catch (error) {
        send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: String(error) } })
      }
    }
    slice()
  } catch (error) {
    send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: String(error) } })
  }
}

function start(request: RunRequest): void {
  removeEscapes()
  removeNativeAsyncMembers()
  if (request.inspectScopes) {
    inspect(request, request.inspectScopes)
    return
  }
  let run: ProgramRun
  const onBatch = (batch: TraceBatch) => send({ type: 'batch', runId: request.runId, batch }, [typedArrayBuffer(batch.bytes)])
  try {
    run = startProgram(request.input, request.options, { onBatch, wallNow: performanceNow }, scope)
  } catch (error) {
    send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: String(error) } })
    return
  }
  let fastLimit = request.fastForwardMs * 1000
  let pacedFrom: { wall: number; virtual: number } | undefined
  let lastProgress = 0
  const slice = () => {
    if (stopped) return
    try {
      const until = pacedFrom ? pacedFrom.virtual + (performanceNow() - pacedFrom.wall) * 1000 : fastLimit
      const step = run.advance(until, SLICE_MS)
      if (step.done) {
        send({ type: 'done', runId: request.runId, outcome: step.outcome })
        return
      }
      if (!pacedFrom && step.nextTime > fastLimit) {
        // A program that keeps waking up (an interval, a recurring timer) is worth watching live;
        // one that waits long for something rare is fast-forwarded to it.
        const tasksPerSecond = run.tasksRun() / (fastLimit / 1e6)
        if (tasksPerSecond >= LIVE_RATE) pacedFrom = { wall: performanceNow(), virtual: fastLimit }
        else fastLimit = SafeMath.max(fastLimit * 2, step.nextTime)
      }
      const now = performanceNow()
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now
        send({ type: 'progress', runId: request.runId, virtualTime: step.nextTime, paced: pacedFrom !== undefined })
      }
      const wait = pacedFrom
        ? MathMin(PROGRESS_EVERY_MS, MathMax(0, (step.nextTime - pacedFrom.virtual) / 1000 - (now - pacedFrom.wall)))
        : 0
      setNativeTimeout(slice, wait)
    } catch (error) {
      send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: String(error) } })
    }
  }
  let stopped = false
  stopCurrent = () => {
    stopped = true
    send({ type: 'done', runId: request.runId, outcome: run.stop() })
  }
  slice()
}

const intrinsics = captureIntrinsics(scope)
let python: Promise<PyodideLike> | undefined
/** Hands on the snapshot that follows `load-python` (see PythonSnapshotMessage). */
let receiveSnapshot: ((snapshot: Blob | undefined) => void) | undefined

function loadPythonOnce(request: LoadPythonRequest): void {
  if (python || started) return
  const snapshot = new Promise<Blob | undefined>((resolve) => (receiveSnapshot = resolve))
  python = loadPython(scope, intrinsics, request.assets, snapshot)
  python.then(
    () => send({ type: 'python-ready' }),
    (error: unknown) => send({ type: 'python-failed', error: { name: 'PythonLoadError', message: String(error) } }),
  )
}

/**
 * A Python run is synchronous: virtual time never waits, and the interpreter
 * does not return to this worker's event loop until the program ends. Batches
 * stream out as they fill (the page's watchdog hears them); Stop cannot be
 * heard meanwhile, so the page removes the sandbox instead.
 */
async function startPython(request: RunPythonRequest): Promise<void> {
  if (!python) {
    send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: 'Python was not loaded in this sandbox.' } })
    return
  }
  let pyodide: PyodideLike
  try {
    pyodide = await python
  } catch (error) {
    send({ type: 'failed', runId: request.runId, error: { name: 'PythonLoadError', message: String(error) } })
    return
  }
  removeEscapes(REMOVED_FOR_PYTHON)
  if (request.inspectScopes) {
    inspectPython(pyodide, request, request.inspectScopes)
    return
  }
  try {
    const prepared = preparePython(pyodide, request.source, request.fileName)
    if (!prepared.ok) {
      send({ type: 'compile-errors', runId: request.runId, diagnostics: prepared.diagnostics })
      return
    }
    send({ type: 'program', runId: request.runId, program: prepared.program })
    const onBatch = (batch: TraceBatch) => send({ type: 'batch', runId: request.runId, batch }, [typedArrayBuffer(batch.bytes)])
    const outcome = prepared.run(request.options, { onBatch, wallNow: performanceNow })
    send({ type: 'done', runId: request.runId, outcome })
  } catch (error) {
    send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: String(error) } })
  }
}

/**
 * A Python run that only looks at variables: no trace is sent (a `progress` now and then keeps the
 * page's watchdog from ending it), then one `scopes` answer. The interpreter's module state is reset
 * per run, so the same sandbox can answer again for the same program.
 */
function inspectPython(pyodide: PyodideLike, request: RunPythonRequest, targets: number[]): void {
  try {
    const prepared = preparePython(pyodide, request.source, request.fileName)
    if (!prepared.ok) {
      send({ type: 'compile-errors', runId: request.runId, diagnostics: prepared.diagnostics })
      return
    }
    let lastProgress = performanceNow()
    const onBatch = () => {
      const now = performanceNow()
      if (now - lastProgress < PROGRESS_EVERY_MS) return
      lastProgress = now
      send({ type: 'progress', runId: request.runId, virtualTime: 0, paced: false })
    }
    const { scopes, ...outcome } = prepared.run({ ...request.options, inspectScopes: targets }, { onBatch, wallNow: performanceNow })
    send({ type: 'scopes', runId: request.runId, snapshots: scopes ?? [] })
    send({ type: 'done', runId: request.runId, outcome })
  } catch (error) {
    send({ type: 'failed', runId: request.runId, error: { name: 'InternalError', message: String(error) } })
  }
}

let stopCurrent: (() => void) | undefined
let started = false
/** The Python program this sandbox ran: it may be asked to run it again to look at its variables (see inspectPython). */
let ranPython: string | undefined

function onPortMessage(event: MessageEvent): void {
  const message = messageEventData(event) as ToSandbox
  if (message?.type === 'run' && !started) {
    started = true
    start(message)
  } else if (message?.type === 'load-python') {
    loadPythonOnce(message)
  } else if (message?.type === 'python-snapshot') {
    receiveSnapshot?.(message.snapshot instanceof intrinsics.Blob ? message.snapshot : undefined)
    receiveSnapshot = undefined
  } else if (message?.type === 'run-python' && (!started || (message.inspectScopes && ranPython === message.source))) {
    started = true
    ranPython = message.source
    void startPython(message)
  } else if (message?.type === 'stop') {
    stopCurrent?.()
  }
}

scope.addEventListener('message', (event) => {
  if (port || !event.ports[0]) return
  port = event.ports[0]
  port.onmessage = onPortMessage
  send({ type: 'ready' })
})
