import {
  ArrayPrototypePush,
  ArrayCopy,
  ArrayRemoveAt,
  NativeMap,
  MapPrototypeGet,
  MapPrototypeSet,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ReflectApply,
  StringCtor,
  StringPrototypeSlice,
  SymbolToStringTag,
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

/** `process.versions` of the Node the profile models (v20.20.2), in Node's key order. */
const VERSIONS_20: Readonly<Record<string, string>> = {
  acorn: '8.16.0',
  ada: '2.9.2',
  ares: '1.34.6',
  brotli: '1.1.0',
  cjs_module_lexer: '2.2.0',
  cldr: '48.0',
  icu: '78.2',
  llhttp: '9.3.1',
  modules: '115',
  napi: '9',
  nghttp2: '1.61.0',
  openssl: '3.0.19',
  simdutf: '6.4.2',
  tz: '2025c',
  undici: '6.24.1',
  unicode: '17.0',
  uv: '1.46.0',
  uvwasi: '0.0.23',
  v8: '11.3.244.8-node.38',
  zlib: '1.3.1-e00f703',
}

function named<F extends object>(fn: F, name: string, length?: number): F {
  ObjectDefineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true })
  if (length !== undefined) ObjectDefineProperty(fn, 'length', { value: length, writable: false, enumerable: false, configurable: true })
  return fn
}

/** A plain function (with a `prototype`, as Node's JavaScript ones have) named `name` that calls `fn`. */
function plainFunction(name: string, fn: (...args: unknown[]) => unknown, length = fn.length): (...args: unknown[]) => unknown {
  const plain = ObjectPrototypeHasOwnProperty(fn, 'prototype')
    ? fn
    : function (this: unknown, ...args: unknown[]) {
        return ReflectApply(fn, this, args)
      }
  return named(plain, name, length)
}

/**
 * The prototype chain of Node's `process`: an object whose `constructor` is a function named
 * `process`, inheriting from an EventEmitter prototype that holds the emitter methods.
 */
function processPrototype(hooks: ProcessHooks, self: () => object): object {
  const emitter = ObjectCreate(ObjectPrototype) as Record<string, unknown>
  const method = (name: string, fn: (...args: unknown[]) => unknown, length?: number) => {
    const plain = plainFunction(name, fn, length)
    ObjectDefineProperty(emitter, name, { value: plain, writable: true, enumerable: true, configurable: true })
    return plain
  }
  const listenerMethod = (name: string, body: (event: string, fn: unknown) => void) =>
    method(name, function (this: unknown, event: unknown, fn: unknown) {
      body(StringCtor(event), fn)
      return this
    })
  // One function under both names, as EventEmitter's `on` is its `addListener`.
  const add = listenerMethod('addListener', (event, fn) => hooks.events.add(event, fn, false))
  ObjectDefineProperty(emitter, 'on', { value: add, writable: true, enumerable: true, configurable: true })
  listenerMethod('once', (event, fn) => hooks.events.add(event, fn, true))
  const remove = listenerMethod('removeListener', (event, fn) => hooks.events.remove(event, fn))
  ObjectDefineProperty(emitter, 'off', { value: remove, writable: true, enumerable: true, configurable: true })
  method('emit', (event: unknown, ...args: unknown[]) => hooks.events.emit(self(), StringCtor(event), args), 1)
  method('listenerCount', (event: unknown) => hooks.events.count(StringCtor(event)), 1)
  method('listeners', (event: unknown) => hooks.events.list(StringCtor(event)), 1)
  const EventEmitter = named(function () {}, 'EventEmitter')
  ObjectDefineProperty(EventEmitter, 'prototype', { value: emitter, writable: true, enumerable: false, configurable: false })
  ObjectDefineProperty(emitter, 'constructor', { value: EventEmitter, writable: true, enumerable: false, configurable: true })
  const proto = ObjectCreate(emitter)
  const processCtor = named(function () {}, 'process')
  ObjectDefineProperty(processCtor, 'prototype', { value: proto, writable: true, enumerable: false, configurable: false })
  ObjectDefineProperty(proto, 'constructor', { value: processCtor, writable: true, enumerable: false, configurable: true })
  return proto
}

/**
 * The `process` global of the node profile, shaped as Node 20's: its modelled
 * members in Node's key order with Node's attributes (read-only `version`s,
 * enumerable methods, `stdout`/`stderr`/`stdin` behind getters), tagged
 * `process`, and the EventEmitter methods inherited (see {@link processPrototype}).
 */
export function createProcess(hooks: ProcessHooks): object {
  const process = ObjectCreate(processPrototype(hooks, () => process)) as Record<string, unknown>
  const value = (name: string, v: unknown, writable = true) =>
    ObjectDefineProperty(process, name, { value: v, writable, enumerable: true, configurable: true })
  const method = (name: string, fn: (...args: unknown[]) => unknown, length?: number) => value(name, plainFunction(name, fn, length))
  const getter = (name: string, get: () => unknown) =>
    ObjectDefineProperty(process, name, {
      get: named(get, name === 'exitCode' ? 'get' : `get${name[0]!.toUpperCase()}${StringPrototypeSlice(name, 1)}`),
      enumerable: true,
      configurable: true,
    })

  value('version', hooks.nodeVersion, false)
  const versions: Record<string, string> = { node: StringPrototypeSlice(hooks.nodeVersion, 1), ...VERSIONS_20 }
  for (const key in versions) ObjectDefineProperty(versions, key, { writable: false })
  value('versions', versions, false)
  value('platform', 'linux', false)
  const release: Record<string, string> = {
    name: 'node',
    lts: 'Iron',
    sourceUrl: `https://nodejs.org/download/release/${hooks.nodeVersion}/node-${hooks.nodeVersion}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${hooks.nodeVersion}/node-${hooks.nodeVersion}-headers.tar.gz`,
  }
  for (const key in release) ObjectDefineProperty(release, key, { writable: false })
  value('release', release, false)
  ObjectDefineProperty(process, 'exitCode', {
    get: named(() => hooks.getExitCode(), 'get'),
    set: named((code: unknown) => hooks.setExitCode(code), 'set'),
    enumerable: true,
    configurable: false,
  })
  // A C++ binding in Node: no `prototype`.
  value(
    'uptime',
    named(() => hooks.nowMs() / 1000, 'uptime'),
  )
  const memoryUsage = plainFunction('memoryUsage', () => ({
    rss: 40_000_000,
    heapTotal: 8_000_000,
    heapUsed: 5_000_000,
    external: 1_000_000,
    arrayBuffers: 10_000,
  }))
  ObjectDefineProperty(memoryUsage, 'rss', { value: named(() => 40_000_000, 'rss'), writable: true, enumerable: true, configurable: true })
  value('memoryUsage', memoryUsage)
  method('exit', (code?: unknown) => hooks.exit(code), 1)
  const hrtime = plainFunction('hrtime', function (previous?: unknown) {
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
  })
  const hrtimeBigInt = plainFunction('hrtimeBigInt', function () {
    return BigInt(SafeMath.round(hooks.nowMs() * 1e6))
  })
  ObjectDefineProperty(hrtime, 'bigint', { value: hrtimeBigInt, writable: true, enumerable: true, configurable: true })
  value('hrtime', hrtime)
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
  method(
    'nextTick',
    function (callback: unknown, ...args: unknown[]) {
      hooks.nextTick(callback, args)
    },
    1,
  )
  const stream = (level: ConsoleLevel, fd: number) => ({
    write(chunk: unknown) {
      hooks.write(level, StringCtor(chunk))
      return true
    },
    isTTY: false,
    fd,
  })
  const stdout = stream('log', 1)
  const stderr = stream('error', 2)
  getter('stdout', () => stdout)
  // Made on first use by the node modules (they redefine it in place).
  getter('stdin', () => undefined)
  getter('stderr', () => stderr)
  method('cwd', () => '/home/learner')
  ObjectDefineProperty(process.cwd as object, 'name', { value: 'wrappedCwd', configurable: true })
  value('env', {})
  value('title', 'node')
  value('argv', ['/usr/local/bin/node', hooks.entryPath])
  value('pid', PID, false)
  ObjectDefineProperty(process, SymbolToStringTag, { value: 'process', writable: false, enumerable: false, configurable: true })
  return process
}
