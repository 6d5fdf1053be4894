/**
 * Wires Node's modules to one run: each factory builds a module's exports
 * from the host's internals (timer lists, immediates, ticks), the promise
 * realm, the inspector and the simulated world. Modules that depend on each
 * other (timers → timers/promises, util → events) share instances through
 * the memoised getters here.
 */
import type { CoroutineDriver } from '../coroutines/driver.ts'
import type { InspectHost } from '../console/inspect.ts'
import { inspect } from '../console/inspect.ts'
import type { HostServices } from '../hosts/host.ts'
import type { NodeHostInternals } from '../hosts/node/internals.ts'
import { ObjectDefineProperty, ReflectApply, ReflectGet, StringCtor } from '../primordials.ts'
import type { WorldInternals } from '../world/world.ts'
import { createBuffer, type BufferKit } from './buffer.ts'
import { createEventsModule } from './eventsModule.ts'
import type { ModuleFactory, ModuleLoader } from './modules.ts'
import { createWorkerThreads } from './workerThreads.ts'
import { createUrlModule } from './url.ts'
import { createOs } from './os.ts'
import { createFileStreams } from './fs/streams.ts'
import { createFsCore } from './fs/fsCore.ts'
import { createFsModule } from './fs/fs.ts'
import { createFsPromises } from './fs/fsPromises.ts'
import { ThreadPool } from './fs/threadPool.ts'
import type { NodeWorld } from './nodeWorld.ts'
import { createReadline } from './readline.ts'
import { createAssert } from './assert.ts'
import { createHttpModules } from './http/http.ts'
import { createStdin } from './stdin.ts'
import { createPath, NODE_HOME } from './path.ts'
import { createTimersPromises } from './timersPromises.ts'
import { createUtilModule, kCustomPromisified } from './util.ts'

/** Everything Node's modules are built from. */
export interface NodeModuleDeps {
  services: HostServices
  node: NodeHostInternals
  driver: CoroutineDriver
  inspectHost: InspectHost
  world: WorldInternals
  /** The globals the host installed (setTimeout…), as they were before the program ran. */
  globals: Readonly<Record<string, unknown>>
  /** The file system and the other parts of the world Node's modules add. */
  nodeWorld: NodeWorld
  /** The program's source (node:assert quotes it). */
  source: string
  /** Where the program's file is (worker_threads runs it again). */
  entryPath: string
  /** The program's module body again, with another `require` (a worker thread's). */
  instantiate: (require: ModuleLoader['require']) => () => Generator
  /** The main thread's module loader. */
  require: ModuleLoader['require']
}

/** Memoises a builder: the same instance for every module that needs it. */
function once<T>(build: () => T): () => T {
  let value: T | undefined
  let built = false
  return () => {
    if (!built) {
      value = build()
      built = true
    }
    return value as T
  }
}

type AnyFunction = (...args: unknown[]) => unknown

/** `Date.prototype.toUTCString`, taken before the program ran (Node's Date header). */
// eslint-disable-next-line @typescript-eslint/unbound-method -- captured before the program runs, called with Reflect.apply on a Date
const DateToUTCString = Date.prototype.toUTCString

/** The shared pieces and the factories of every module (see registry.ts for the list). */
export function createNodeModules(deps: NodeModuleDeps) {
  const { services, node, driver, inspectHost, world, globals, nodeWorld } = deps
  const { realm, agent } = services
  const eventTarget = world.events.EventTarget.prototype as unknown as {
    addEventListener: AnyFunction
    removeEventListener: AnyFunction
  }
  const addEventListener = eventTarget.addEventListener
  const removeEventListener = eventTarget.removeEventListener
  const promiseFinally = (realm.Promise.prototype as unknown as { finally: (this: object, onFinally: () => void) => object }).finally

  const buffer = once<BufferKit>(() => createBuffer())
  const events = once(() =>
    createEventsModule({
      realm,
      inspect: (value, options) => inspect(value, options, inspectHost),
      nextTick: (callback, ...args) => node.nextTick(callback, args),
      emitWarning: (warning) => node.emitWarning(warning),
      addEventListener: (target, type, listener, options) => ReflectApply(addEventListener, target, [type, listener, options]),
      removeEventListener: (target, type, listener) => ReflectApply(removeEventListener, target, [type, listener]),
      eventTargetListeners: (target, type) =>
        world.events.isEventTarget(target) ? world.events.callbacksOf(target as object, StringCtor(type)) : undefined,
    }),
  )
  const timersPromises = once(() =>
    createTimersPromises({
      realm,
      driver,
      timers: node.timers,
      setImmediate: node.setImmediate,
      clearImmediate: node.clearImmediate,
      unrefImmediate: node.unrefImmediate,
      promiseFinally,
      addEventListener: (target, type, listener, options) => ReflectApply(addEventListener, target, [type, listener, options]),
      removeEventListener: (target, type, listener) => ReflectApply(removeEventListener, target, [type, listener]),
    }),
  )
  const util = once(() =>
    createUtilModule({
      realm,
      host: inspectHost,
      isBuffer: (value) => buffer().isBuffer(value),
      isAsyncGeneratorObject: (value) => driver.isAsyncGeneratorObject(value),
      nextTick: (callback, args) => node.nextTick(callback, args),
      emitWarning: (warning, type, code) => ReflectApply(node.emitWarning, undefined, [warning, type, code]),
    }),
  )
  const path = once(() => createPath(() => NODE_HOME))
  const resolvePath = (p: string) => (path().resolve as (...paths: string[]) => string)(p)
  const pool = once(() => new ThreadPool(agent, services.io))
  const fsCore = once(() =>
    createFsCore({
      vfs: nodeWorld.vfs,
      buffer: buffer(),
      disk: nodeWorld.disk,
      resolve: resolvePath,
      makeDate: (ms) => new (globals.Date as DateConstructor)(ms),
    }),
  )
  const fsPromises = once(() => createFsPromises(agent, realm, fsCore(), pool()))
  const fs = once(() => {
    const streams = createFileStreams({
      agent,
      realm,
      core: fsCore(),
      pool: pool(),
      vfs: nodeWorld.vfs,
      buffer: buffer(),
      EventEmitter: events().EventEmitter,
      resolve: resolvePath,
      nextTick: (callback) => node.nextTick(callback, []),
    })
    return createFsModule(
      { agent, core: fsCore(), pool: pool(), vfs: nodeWorld.vfs, resolve: resolvePath },
      {
        promises: fsPromises(),
        createReadStream: streams.createReadStream,
        createWriteStream: streams.createWriteStream,
        ReadStream: streams.ReadStream,
        WriteStream: streams.WriteStream,
      },
    )
  })

  const readline = once(() =>
    createReadline({
      realm,
      EventEmitter: events().EventEmitter,
      iterate: events().iterate,
      addEventListener: (target, type, listener, options) => ReflectApply(addEventListener, target, [type, listener, options]),
    }),
  )
  const stdin = once(() =>
    createStdin(events().EventEmitter, services.io, nodeWorld.stdin, (text) => buffer().wrap(buffer().toBytes(text, 'utf8'))),
  )

  const httpModules = once(() =>
    createHttpModules({
      realm,
      node,
      world,
      buffer: buffer(),
      EventEmitter: events().EventEmitter,
      registry: nodeWorld.localServers,
      httpDate: () => ReflectApply(DateToUTCString, new (globals.Date as DateConstructor)(), []),
      newAbortController: () => new world.abort.AbortController(),
    }),
  )

  const assert = once(() => createAssert({ realm, source: deps.source, inspect: (value, options) => inspect(value, options, inspectHost) }))

  const workerThreads = once(() =>
    createWorkerThreads({
      agent,
      ctx: world.ctx,
      io: services.io,
      realm,
      node,
      EventEmitter: events().EventEmitter,
      entryPath: deps.entryPath,
      instantiate: deps.instantiate,
      startModule: (body) => driver.startModule(body).capability,
      require: deps.require,
    }),
  )

  const timerNames = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate']
  const factories: Record<string, ModuleFactory> = {
    events: () => events().exports,
    timers: () => {
      const exports: Record<string, unknown> = {}
      for (let i = 0; i < timerNames.length; i++) exports[timerNames[i]!] = globals[timerNames[i]!]
      exports.promises = timersPromises().exports
      return exports
    },
    'timers/promises': () => timersPromises().exports,
    util: () => util().exports,
    'util/types': () => util().types,
    buffer: () => ({ Buffer: buffer().Buffer, kMaxLength: 2 ** 32, constants: { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 } }),
    path,
    fs,
    'fs/promises': fsPromises,
    readline: () => readline().readline,
    assert: () => assert().assert,
    'assert/strict': () => assert().strict,
    http: () => httpModules().http,
    https: () => httpModules().https,
    'readline/promises': () => readline().promises,
    os: () => createOs(() => agent.clock.now / 1000),
    process: () => node.process,
    perf_hooks: () => ({
      Performance: globals.Performance,
      PerformanceEntry: globals.PerformanceEntry,
      PerformanceMark: globals.PerformanceMark,
      PerformanceMeasure: globals.PerformanceMeasure,
      PerformanceObserver: globals.PerformanceObserver,
      PerformanceObserverEntryList: globals.PerformanceObserverEntryList,
      performance: globals.performance,
    }),
    console: () => globals.console as object,
    worker_threads: workerThreads,
    url: () => createUrlModule(world.url, resolvePath),
  }

  /**
   * What the node profile adds to the globals for these modules: `Buffer`,
   * `TextEncoder`/`TextDecoder`, and `setTimeout[util.promisify.custom]` (a
   * getter, as in Node) so `promisify(setTimeout)` gives the promise timer.
   */
  function installGlobals(target: Record<string, unknown>): void {
    target.Buffer = buffer().Buffer
    target.TextEncoder = util().TextEncoder
    target.TextDecoder = util().TextDecoder
    // Node's getters are `get() {…}` methods of a descriptor: named `get`; the property is not configurable.
    const custom = (fn: unknown, name: 'setTimeout' | 'setImmediate') =>
      ObjectDefineProperty(fn as object, kCustomPromisified, {
        get() {
          return ReflectGet(timersPromises().exports, name)
        },
        enumerable: true,
        configurable: false,
      })
    custom(globals.setTimeout, 'setTimeout')
    custom(globals.setImmediate, 'setImmediate')
    // Node's process.stdin is made on first use, behind a getter.
    ObjectDefineProperty(node.process, 'stdin', {
      get: function getStdin() {
        return stdin()
      },
      enumerable: true,
      configurable: true,
    })
  }

  return { factories, installGlobals, buffer }
}
