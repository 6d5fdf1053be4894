import type { Host, HostServices } from '../hosts/host.ts'
import { MathRound, ObjectDefineProperty, ObjectFreeze, ObjectKeys, ReflectApply, TypeErrorCtor } from '../primordials.ts'
import { createAbort, type AbortApi } from './abort.ts'
import { createChannelFactory } from './channel.ts'
import { createWorldContext, type WorldContext } from './context.ts'
import { createDOMException } from './domException.ts'
import { createHeaders, type HeadersApi } from './headers.ts'
import { createNetwork, type LocalServers, type Network, type NetworkConfig } from './network.ts'
import { createBodies, type Bodies } from './response.ts'
import { createServerFactory } from './server.ts'
import { optionalMs } from './validate.ts'
import { createUrlClasses } from './whatwgUrl.ts'
import { createWorkerFactory } from './worker.ts'

export type { NetworkConfig } from './network.ts'
export type { RouteConfig, RouteRequest } from './routes.ts'
export type { LoadOptions, ServerRequest } from './server.ts'
export type { ServerStats } from './stats.ts'

/**
 * The simulated outside world a program can wait on, as a lesson sets it up.
 * Programs can add to it themselves through the global `world` object.
 */
export interface WorldConfig {
  /** The network `fetch` talks to: routes with latencies, statuses, bodies and failures. */
  network?: NetworkConfig
  /** Files of the in-memory file system `node:fs` reads (path → text), as a lesson seeds them. */
  files?: Record<string, string>
  /** How long each file operation takes: `latencyMs` (default 1) plus the bytes at `bytesPerMs` (default 100 000). */
  disk?: { latencyMs?: number; bytesPerMs?: number }
  /** Lines a program reads from stdin (`node:readline`), as if typed in. */
  stdin?: string[]
}

/**
 * Installs the simulated world's globals, in both host profiles: `fetch`,
 * `Headers`, `Request`, `Response`, `AbortController`, `AbortSignal`,
 * `DOMException`, `Event`, `EventTarget`, `CustomEvent`, and `world`.
 * Everything the world does happens in virtual time, through the I/O queue
 * (traced as IoStart/IoComplete), and never touches the real network.
 *
 * `world`, the simulated world's control panel:
 * - `route(path, { method?, latencyMs?, jitterMs?, status?, body?, failEvery? })` adds a
 *   route for `fetch`, ahead of the others; `body` may be a function `(request) => body`
 *   receiving `{ method, url, path, params, query, body }` (and may return a promise);
 * - `createServer(handler, { name? })` → `{ simulateLoad(load), done(), stats() }`;
 * - `channel({ latencyMs?, name? })` → `{ send, receive, close, size, [Symbol.asyncIterator] }`;
 * - `createWorker(fn, { name? })` → `{ run(input), busyUntil() }`: CPU work in parallel;
 * - `sleep(ms)`: a promise fulfilled after `ms` (a host timer);
 * - `cpu(ms)`: burns `ms` of CPU time on the current thread, synchronously.
 */
export function installWorld(
  globals: Record<string, unknown>,
  services: HostServices,
  host: Host,
  config: WorldConfig,
  extensions: WorldExtensions = {},
): WorldInternals {
  const { agent, realm, io, events } = services
  const DOMException = createDOMException()
  const ctx = createWorldContext(agent, realm, io, events, host.name, DOMException)
  const abort = createAbort(ctx)
  const headers = createHeaders()
  const bodies = createBodies(ctx, headers, abort)
  const network = createNetwork(ctx, bodies, headers, abort, config.network ?? {}, extensions.localServers)

  globals.fetch = function fetch(input: unknown, init?: unknown) {
    return network.fetch(input, init)
  }
  globals.Headers = headers.Headers
  globals.Request = bodies.Request
  globals.Response = bodies.Response
  globals.AbortController = abort.AbortController
  globals.AbortSignal = abort.AbortSignal
  globals.DOMException = DOMException
  globals.Event = events.Event
  globals.EventTarget = events.EventTarget
  globals.CustomEvent = events.CustomEvent
  // A method: no constructor and no `prototype`, as the host's structuredClone.
  globals.structuredClone = {
    structuredClone(this: void, value: unknown) {
      return ctx.clone(value)
    },
  }.structuredClone
  // Node has URL and URLSearchParams as globals (a `vm` realm does not); a browser worker keeps its own.
  const url = createUrlClasses((value) => services.describe(value))
  if (host.name === 'node' || typeof (globalThis as { URL?: unknown }).URL !== 'function') {
    globals.URL = url.URL
    globals.URLSearchParams = url.URLSearchParams
  }
  globals.world = createWorldObject(ctx, globals, network.addRoute, extensions.methods ?? {})

  if (host.name === 'node') reportListenerErrorsOnNextTick(ctx, globals.process)
  return { ctx, abort, events, network, headers, bodies, url }
}

/** The world's parts Node's modules build on (http reuses the network, timers the AbortSignals). */
export interface WorldInternals {
  readonly ctx: WorldContext
  readonly abort: AbortApi
  readonly events: HostServices['events']
  readonly network: Network
  readonly headers: HeadersApi
  readonly bodies: Bodies
  /** URL, URLSearchParams and the file-URL helpers of node:url. */
  readonly url: ReturnType<typeof createUrlClasses>
}

/** What the node profile's modules add to the world. */
export interface WorldExtensions {
  /** More methods of the `world` object (`files`, `clients`, `stdin`…). */
  methods?: Readonly<Record<string, (...args: never[]) => unknown>>
  /** Servers listening on localhost ports (node:http), reached by `fetch('http://localhost:PORT/…')`. */
  localServers?: LocalServers
}

/** Node reports an exception thrown by an EventTarget listener on the next tick (the dispatch goes on). */
function reportListenerErrorsOnNextTick(ctx: WorldContext, process: unknown): void {
  const nextTick = (process as { nextTick?: unknown } | undefined)?.nextTick
  if (typeof nextTick !== 'function') return
  ctx.events.setListenerErrorReporter((error) => {
    ReflectApply(nextTick, process, [
      () => {
        throw error
      },
    ])
  })
}

function createWorldObject(
  ctx: WorldContext,
  globals: Record<string, unknown>,
  addRoute: (path: unknown, options: unknown) => void,
  methods: Readonly<Record<string, (...args: never[]) => unknown>>,
): object {
  const setTimeout = globals.setTimeout as (callback: () => void, ms: number) => unknown
  const world = {
    route(path: unknown, options?: unknown): void {
      addRoute(path, options)
    },
    createServer: createServerFactory(ctx),
    channel: createChannelFactory(ctx),
    createWorker: createWorkerFactory(ctx),
    sleep(ms?: unknown): object {
      ctx.mainThreadOnly('world.sleep')
      const delay = optionalMs('world.sleep', 'ms', ms) ?? 0
      const capability = ctx.newPromise()
      ReflectApply(setTimeout, undefined, [() => ctx.realm.resolve(capability, undefined), delay])
      return capability.promise
    },
    cpu(ms: unknown): void {
      const duration = optionalMs('world.cpu', 'ms', ms)
      if (duration === undefined) throw new TypeErrorCtor('world.cpu: "ms" is required (the milliseconds of CPU time to burn).')
      ctx.agent.charge(MathRound(duration * 1000))
    },
    get [Symbol.toStringTag]() {
      return 'World'
    },
  }
  const names = ObjectKeys(methods)
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(world, names[i]!, { value: methods[names[i]!], writable: false, enumerable: true, configurable: false })
  }
  return ObjectFreeze(world)
}
