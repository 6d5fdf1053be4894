/**
 * `node:worker_threads`, mapped onto the simulated world's workers: `new
 * Worker(__filename)` (or `new URL(import.meta.url)`) runs this same program
 * again on a thread of its own, where `isMainThread` is false and
 * `parentPort`/`workerData` are set — the pattern Node's docs teach. The
 * worker's code runs synchronously on its own timeline (as world.createWorker
 * jobs do); each `parentPort.postMessage` reaches the main thread as an I/O
 * task when the worker's clock got there, and the worker answers the main
 * thread's `postMessage` with its `'message'` listeners the same way. A
 * worker whose top level awaits, or that starts timers or I/O, is refused
 * with an explanation: its code would have to run on a loop of its own.
 */
import { IoKind, PromiseOrigin } from '../../trace/events.ts'
import type { Agent } from '../agent.ts'
import type { NodeHostInternals } from '../hosts/node/internals.ts'
import type { IoQueue } from '../hosts/ioQueue.ts'
import {
  ArrayPrototypePush,
  ErrorCtor,
  MathMax,
  ReflectApply,
  ReflectGet,
  StringCtor,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  isObject,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { Capability } from '../promise/slots.ts'
import { REJECTED } from '../promise/slots.ts'
import type { WorldContext } from '../world/context.ts'
import { replay, runOffThread } from '../world/worker.ts'
import type { HeldConsoleLine } from '../../trace/recorder.ts'
import { withLeading, type EmitterConstructor } from './events.ts'
import type { ModuleLoader } from './modules.ts'

type Emitter = {
  emit: (type: string, ...args: unknown[]) => boolean
  on(type: string, listener: (...args: unknown[]) => unknown): unknown
  listenerCount(type: string): number
}
type Require = ModuleLoader['require']

export interface WorkerThreadsServices {
  agent: Agent
  ctx: WorldContext
  io: IoQueue
  realm: PromiseRealm
  node: NodeHostInternals
  EventEmitter: EmitterConstructor
  entryPath: string
  /** The program's module body again, with `require` answering worker_threads for a worker. */
  instantiate(require: Require): () => Generator
  /** Runs a module body (the coroutine driver); returns its capability. */
  startModule(body: () => Generator): Capability
  /** The main thread's loader. */
  require: Require
}

interface Outgoing {
  atUs: number
  value: unknown
}

export function createWorkerThreads(services: WorkerThreadsServices) {
  const { agent, ctx, io, realm, node } = services
  const Base = services.EventEmitter as unknown as new () => Emitter
  const emit = (target: Emitter, type: string, ...args: unknown[]) => ReflectApply(target.emit, target, withLeading([type], args))
  let threads = 0

  /** Whether `filename` names the program's own file (a string path or a file: URL). */
  function isSelf(filename: unknown): boolean {
    let path: string | undefined
    if (typeof filename === 'string')
      path = StringPrototypeSlice(filename, 0, 7) === 'file://' ? StringPrototypeSlice(filename, 7) : filename
    else if (isObject(filename) && typeof ReflectGet(filename, 'href') === 'string') {
      const href = ReflectGet(filename, 'href') as string
      path = StringPrototypeSlice(href, 0, 7) === 'file://' ? StringPrototypeSlice(href, 7) : undefined
    }
    if (path === undefined) return false
    const base = (p: string) => StringPrototypeSlice(p, StringPrototypeLastIndexOf(p, '/') + 1)
    const strip = (p: string) =>
      StringPrototypeEndsWith(p, '.ts') || StringPrototypeEndsWith(p, '.js')
        ? StringPrototypeSlice(p, 0, StringPrototypeIndexOf(p, '.'))
        : p
    return path === services.entryPath || strip(base(path)) === strip(base(services.entryPath))
  }

  class Worker extends Base {
    readonly threadId: number
    #busyUntil: number
    #port: ParentPort
    #exited = false
    #handle: { close(): void }
    readonly #name: string

    constructor(filename: unknown, options?: unknown) {
      super()
      if (!isSelf(filename)) {
        throw new ErrorCtor(
          `Looplab runs a Worker on this same program's file (new Worker(__filename) or new Worker(new URL(import.meta.url)), with isMainThread false in it); ${StringCtor(filename)} is another file, and a Looplab program is a single file.`,
        )
      }
      this.threadId = ++threads
      this.#name = `worker_threads #${this.threadId}`
      const workerData = isObject(options) ? ctx.clone(ReflectGet(options, 'workerData')) : undefined
      this.#port = new ParentPort()
      this.#handle = node.openHandle(`A worker thread is still running (call worker.terminate(), or let it stop listening)`)
      this.#busyUntil = agent.clock.now
      const port = this.#port
      const threadId = this.threadId
      const moduleFor = (spec: string, loc: number, form: number): unknown => {
        if (spec === 'worker_threads' || spec === 'node:worker_threads') {
          const exports = { Worker, isMainThread: false, parentPort: port, workerData, threadId, default: undefined as unknown }
          exports.default = exports
          return exports
        }
        return services.require(spec, loc, form)
      }
      const body = services.instantiate(moduleFor)
      this.#run(() => {
        const capability = services.startModule(body)
        const slots = realm.slotsOf(capability.promise)!
        if (slots.state === REJECTED) throw slots.result
        if (slots.state === 0) {
          throw new ErrorCtor(
            "Looplab runs a worker thread's code synchronously, on its own timeline: its top level cannot await. Compute, then parentPort.postMessage(result).",
          )
        }
      }, true)
    }

    /** Runs worker code off the main thread, then delivers what it posted (and its end) to the main thread. */
    #run(work: () => void, first: boolean): void {
      const startUs = MathMax(agent.clock.now, this.#busyUntil)
      const posted: Outgoing[] = []
      this.#port.sink = posted
      const outcome = runOffThread(ctx, this.#name, startUs, () => work(), undefined)
      this.#port.sink = undefined
      this.#busyUntil = startUs + outcome.costUs
      const held: HeldConsoleLine[] = outcome.held
      if (first) this.#deliver(startUs, 'online', undefined, [])
      for (let i = 0; i < posted.length; i++) this.#deliver(posted[i]!.atUs, 'message', posted[i]!.value, i === 0 ? held : [])
      if (posted.length === 0 && held.length > 0) this.#deliver(this.#busyUntil, 'log', undefined, held)
      if (!outcome.ok) {
        this.#deliver(this.#busyUntil, 'error', outcome.value, [])
        this.#finish(1)
      } else if (this.#port.listenerCount('message') === 0 || this.#port.closed) this.#finish(0)
    }

    #deliver(atUs: number, type: string, value: unknown, held: readonly HeldConsoleLine[]): void {
      const label = type === 'message' ? `${this.#name} message` : `${this.#name} ${type}`
      io.start(MathMax(0, atUs - agent.clock.now), IoKind.WorkerMessage, label, () => {
        replay(agent, held)
        if (type === 'online') emit(this, 'online')
        else if (type === 'message') emit(this, 'message', value)
        else if (type === 'error') emit(this, 'error', value)
      })
    }

    #finish(code: number): void {
      if (this.#exited) return
      this.#exited = true
      io.start(MathMax(0, this.#busyUntil - agent.clock.now), IoKind.WorkerMessage, `${this.#name} exit`, () => {
        this.#handle.close()
        emit(this, 'exit', code)
      })
    }

    postMessage(value: unknown): void {
      if (this.#exited) return
      const data = ctx.clone(value)
      const port = this.#port
      this.#run(() => port.receive(data), false)
    }

    terminate(): object {
      const capability = realm.newCapability(PromiseOrigin.Host)
      if (!this.#exited) {
        this.#exited = true
        io.start(0, IoKind.WorkerMessage, `${this.#name} terminated`, () => {
          this.#handle.close()
          emit(this, 'exit', 1)
          realm.resolve(capability, 1)
        })
      } else realm.resolve(capability, undefined)
      return capability.promise
    }

    ref(): this {
      return this
    }

    unref(): this {
      this.#handle.close()
      return this
    }
  }

  /** The worker's side of the channel: `parentPort`. */
  class ParentPort extends Base {
    sink: Outgoing[] | undefined
    closed = false

    postMessage(value: unknown): void {
      const data = ctx.clone(value)
      if (this.sink) ArrayPrototypePush(this.sink, { atUs: agent.clock.now, value: data })
    }

    receive(value: unknown): void {
      emit(this, 'message', value)
    }

    close(): void {
      this.closed = true
    }
  }

  return { Worker, isMainThread: true, parentPort: null, workerData: null, threadId: 0 }
}
