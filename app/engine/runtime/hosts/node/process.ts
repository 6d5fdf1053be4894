import {
  ArrayPrototypePush,
  ArrayCopy,
  ArrayRemoveAt,
  NativeMap,
  MapPrototypeGet,
  MapPrototypeSet,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  ReflectApply,
  StringCtor,
  StringPrototypeSlice,
  isCallable,
  SafeMath,
} from '../../primordials.ts'
import type { ConsoleLevel } from '../host.ts'
import { invalidArgType } from './nodeErrors.ts'
import { createEmitWarning } from './warnings.ts'

/** The few parts of an EventEmitter that `process` needs. */
export class ProcessEvents {
  private readonly listeners = new NativeMap<string, { fn: (...args: unknown[]) => unknown; once: boolean }[]>()

  add(event: string, fn: unknown, once: boolean): void {
    if (!isCallable(fn)) throw invalidArgType('listener', 'function', fn)
    let list = MapPrototypeGet(this.listeners, event)
    if (!list) MapPrototypeSet(this.listeners, event, (list = []))
    ArrayPrototypePush(list, { fn, once })
  }

  remove(event: string, fn: unknown): void {
    const list = MapPrototypeGet(this.listeners, event)
    if (!list) return
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.fn === fn) {
        ArrayRemoveAt(list, i)
        return
      }
    }
  }

  count(event: string): number {
    return MapPrototypeGet(this.listeners, event)?.length ?? 0
  }

  list(event: string): ((...args: unknown[]) => unknown)[] {
    const list = MapPrototypeGet(this.listeners, event) ?? []
    const result: ((...args: unknown[]) => unknown)[] = []
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(result, list[i]!.fn)
    return result
  }

  /** Calls every listener in order; true when there was at least one. */
  emit(self: unknown, event: string, args: readonly unknown[]): boolean {
    const list = MapPrototypeGet(this.listeners, event)
    if (!list || list.length === 0) return false
    const snapshot = ArrayCopy(list)
    for (let i = 0; i < snapshot.length; i++) {
      const entry = snapshot[i]!
      if (entry.once) this.remove(event, entry.fn)
      ReflectApply(entry.fn, self, args)
    }
    return true
  }
}

export interface ProcessHooks {
  events: ProcessEvents
  nextTick(callback: unknown, args: unknown[]): void
  exit(code: unknown): never
  getExitCode(): number | undefined
  setExitCode(code: unknown): void
  write(level: ConsoleLevel, text: string): void
  nowMs(): number
  /** process.argv[1]. */
  entryPath: string
  /** process.version. */
  nodeVersion: string
}

/** The Node version the node profile models (a run may name the running Node's instead). */
export const MODELED_NODE_VERSION = 'v20.20.2'

/** The process id programs see (fixed, so runs are deterministic). */
export const PID = 4242

/** The `process` global of the node profile. */
export function createProcess(hooks: ProcessHooks): object {
  const process: Record<string, unknown> = {}
  const method = (name: string, fn: (...args: unknown[]) => unknown, length = fn.length) => {
    // Node's are plain functions (with a `prototype`): an arrow is wrapped in one.
    const plain = ObjectPrototypeHasOwnProperty(fn, 'prototype')
      ? fn
      : function (this: unknown, ...args: unknown[]) {
          return ReflectApply(fn, this, args)
        }
    ObjectDefineProperty(plain, 'name', { value: name, writable: false, enumerable: false, configurable: true })
    ObjectDefineProperty(plain, 'length', { value: length, writable: false, enumerable: false, configurable: true })
    ObjectDefineProperty(process, name, { value: plain, writable: true, enumerable: false, configurable: true })
    return plain
  }
  const emitterMethod = (name: string, body: (event: string, fn: unknown) => void) =>
    method(name, function (this: unknown, event: unknown, fn: unknown) {
      body(StringCtor(event), fn)
      return process
    })
  // A plain function (with a `prototype`), as Node's.
  method('nextTick', function (callback: unknown, ...args: unknown[]) {
    hooks.nextTick(callback, args)
  })
  method('exit', (code?: unknown) => hooks.exit(code))
  emitterMethod('addListener', (event, fn) => hooks.events.add(event, fn, false))
  // One function under both names, as EventEmitter's `on` is its `addListener`.
  ObjectDefineProperty(process, 'on', { value: process.addListener, writable: true, enumerable: false, configurable: true })
  emitterMethod('once', (event, fn) => hooks.events.add(event, fn, true))
  emitterMethod('removeListener', (event, fn) => hooks.events.remove(event, fn))
  ObjectDefineProperty(process, 'off', { value: process.removeListener, writable: true, enumerable: false, configurable: true })
  method('emit', (event: unknown, ...args: unknown[]) => hooks.events.emit(process, StringCtor(event), args))
  method('listenerCount', (event: unknown) => hooks.events.count(StringCtor(event)))
  method('listeners', (event: unknown) => hooks.events.list(StringCtor(event)))
  method(
    'emitWarning',
    createEmitWarning({
      pid: PID,
      nextTick: (callback) => hooks.nextTick(callback, []),
      emit: (warning) => hooks.events.emit(process, 'warning', [warning]),
      write: (text) => hooks.write('error', text),
    }),
    // emitWarning(warning, type, code, ctor)
    4,
  )
  method('cwd', () => '/home/learner')
  // A C++ binding in Node: no `prototype`, so not wrapped.
  const uptime = () => hooks.nowMs() / 1000
  ObjectDefineProperty(uptime, 'name', { value: 'uptime', configurable: true })
  ObjectDefineProperty(process, 'uptime', { value: uptime, writable: true, enumerable: false, configurable: true })
  method('memoryUsage', () => ({ rss: 40_000_000, heapTotal: 8_000_000, heapUsed: 5_000_000, external: 1_000_000, arrayBuffers: 10_000 }))
  const hrtime = function (previous?: unknown) {
    const ns = SafeMath.round(hooks.nowMs() * 1e6)
    let seconds = SafeMath.floor(ns / 1e9)
    let nanos = ns % 1e9
    if (Array.isArray(previous)) {
      seconds -= previous[0] as number
      nanos -= previous[1] as number
      if (nanos < 0) {
        seconds -= 1
        nanos += 1e9
      }
    }
    return [seconds, nanos]
  }
  const hrtimeBigInt = function () {
    return BigInt(SafeMath.round(hooks.nowMs() * 1e6))
  }
  ObjectDefineProperty(hrtime, 'bigint', { value: hrtimeBigInt, writable: true, configurable: true })
  method('hrtime', hrtime)
  ObjectDefineProperty(process, 'exitCode', {
    get: () => hooks.getExitCode(),
    set: (code: unknown) => hooks.setExitCode(code),
    enumerable: true,
    configurable: true,
  })
  const stream = (level: ConsoleLevel, fd: number) => ({
    write(chunk: unknown) {
      hooks.write(level, StringCtor(chunk))
      return true
    },
    isTTY: false,
    fd,
  })
  process.stdout = stream('log', 1)
  process.stderr = stream('error', 2)
  process.argv = ['/usr/local/bin/node', hooks.entryPath]
  process.env = {}
  process.platform = 'linux'
  process.pid = PID
  process.title = 'node'
  process.version = hooks.nodeVersion
  process.versions = { node: StringPrototypeSlice(hooks.nodeVersion, 1), v8: '11.3.244.8-node.33', looplab: '1' }
  process.release = { name: 'node' }
  return process
}
