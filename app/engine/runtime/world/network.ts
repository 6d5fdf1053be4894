import { EventKind, IoKind } from '../../trace/events.ts'
import type { PendingIo } from '../hosts/ioQueue.ts'
import type { Capability } from '../promise/slots.ts'
import {
  ErrorCtor,
  JSONParse,
  JSONStringify,
  MathMax,
  MathRound,
  ObjectKeys,
  StringCtor,
  StringPrototypeSlice,
  StringPrototypeToUpperCase,
  TypeErrorCtor,
  isCallable,
} from '../primordials.ts'
import type { AbortApi } from './abort.ts'
import type { WorldContext } from './context.ts'
import type { HeadersApi } from './headers.ts'
import type { Bodies, ResponseState } from './response.ts'
import { statusText } from './response.ts'
import { compilePattern, defineData, hashUnit, matchPattern, parseQuery, parseUrl, type ParsedUrl, type PathPattern } from './url.ts'
import type { RouteConfig, RouteRequest } from './routes.ts'
import { checkRouteOptions } from './validate.ts'

/** The simulated network of `WorldConfig`. */
export interface NetworkConfig {
  /** Latency of unknown URLs and of routes without their own (default 100 ms). */
  defaultLatencyMs?: number
  routes?: RouteConfig[]
}

/** A request on its way to a server of the program's own (node:http). */
export interface LocalRequest {
  method: string
  /** The path and query, as `req.url` shows it. */
  url: string
  /** Lower-cased names. */
  headers: Record<string, string>
  body: string
}

/** What a local server answered. */
export interface LocalResponse {
  status: number
  /** The reason phrase (`res.statusMessage`, or the standard one). */
  statusMessage?: string
  /** Lower-cased names. */
  headers: Record<string, string>
  body: string
}

/** Servers a program listens with (node:http), reachable at `http://localhost:PORT`. */
export interface LocalServers {
  /** The server behind `url`, if one listens there. */
  find(url: ParsedUrl): LocalServer | undefined
}

export interface LocalServer {
  /** `:3000`, for labels. */
  readonly label: string
  /** One-way network time between a client and the server (µs). */
  readonly latencyUs: number
  /** Hands the request to the server (in the I/O task of its arrival); `respond` is called once. */
  deliver(request: LocalRequest, respond: (response: LocalResponse) => void): void
}

/** Who sends a request: `fetch` (undici's headers) or node:http's client (only host and connection). */
export type RequestClient = 'fetch' | 'http'

/** The network's operations, for `fetch` and node:http's client. */
export interface Network {
  fetch(input: unknown, init?: unknown): object
  /** `fetch`, sent the way `client` sends requests. */
  send(input: unknown, init: unknown, client: RequestClient): object
  addRoute: (path: unknown, options: unknown) => void
}

interface Route {
  readonly config: RouteConfig
  readonly pattern: PathPattern
  readonly method: string | undefined
  count: number
}

/**
 * `fetch` over the simulated network: the first route whose method and path
 * match answers after its latency (virtual time), as an I/O completion task;
 * unknown URLs answer 200 `{ url, simulated: true }` (traced as UnroutedRequest,
 * so the learner is told). An AbortSignal cancels
 * the request (and errors an unread body), as in Node.
 */
export function createNetwork(
  ctx: WorldContext,
  bodies: Bodies,
  headers: HeadersApi,
  abort: AbortApi,
  config: NetworkConfig,
  localServers?: LocalServers,
): Network {
  const { realm, io, agent } = ctx
  const routes: Route[] = []
  const defaultLatencyMs = config.defaultLatencyMs ?? 100
  let requestCount = 0

  const configured = config.routes ?? []
  for (let i = 0; i < configured.length; i++) routes[routes.length] = compileRoute(configured[i]!)

  function compileRoute(route: RouteConfig): Route {
    const method = route.method === undefined ? undefined : StringPrototypeToUpperCase(StringCtor(route.method))
    return { config: route, pattern: compilePattern(route.path), method, count: 0 }
  }

  /** `world.route(path, options)`: a route that takes precedence over the ones before it. */
  function addRoute(path: unknown, options: unknown): void {
    const route = compileRoute(checkRouteOptions(path, options))
    for (let i = routes.length; i > 0; i--) routes[i] = routes[i - 1]!
    routes[0] = route
  }

  function findRoute(method: string, url: ParsedUrl): { route: Route; params: Record<string, string> } | undefined {
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i]!
      if (route.method !== undefined && route.method !== method) continue
      const params = matchPattern(route.pattern, url)
      if (params) return { route, params }
    }
    return undefined
  }

  function label(method: string, url: ParsedUrl): string {
    const where = url.host === 'localhost' ? `${url.pathname}${url.search}` : `${url.host}${url.pathname}${url.search}`
    const text = `${method} ${where}`
    return text.length > 80 ? `${StringPrototypeSlice(text, 0, 79)}…` : text
  }

  function fetch(input: unknown, init?: unknown): object {
    return send(input, init, 'fetch')
  }

  function send(input: unknown, init: unknown, client: RequestClient): object {
    ctx.mainThreadOnly('fetch')
    const capability = ctx.newPromise()
    let request
    try {
      request = bodies.requestState(input, init)
    } catch (error) {
      agent.rethrowIfStopping(error)
      realm.reject(capability, error)
      return capability.promise
    }
    const signal = request.signal
    if (abort.aborted(signal)) {
      realm.reject(capability, abort.reason(signal))
      return capability.promise
    }
    const index = ++requestCount
    const url = parseUrl(request.url)!
    const local = localServers?.find(url)
    if (local) return fetchLocal(local, request, url, capability, client)
    const found = findRoute(request.method, url)
    const route = found?.route
    let latencyMs = route?.config.latencyMs ?? defaultLatencyMs
    if (route?.config.jitterMs) latencyMs += hashUnit(`${index} ${request.method} ${url.href}`) * route.config.jitterMs
    let fails = false
    let routeIndex = 0
    if (route) {
      routeIndex = ++route.count
      const every = route.config.failEvery ?? 0
      fails = every > 0 && routeIndex % every === 0
    }
    let phase: 'waiting' | 'answering' | 'done' = 'waiting'
    let response: ResponseState | undefined
    const requestBody = request.hasBody ? parseBody(request.text) : undefined
    const method = request.method

    const answer = (status: number, body: unknown, given?: ResponseState) => {
      if (phase === 'done') return
      phase = 'done'
      response = given ? { ...given, url: url.href } : makeState(status, body, url.href)
      realm.resolve(capability, bodies.makeResponse(response))
    }

    const complete = () => {
      if (phase !== 'waiting') return
      phase = 'answering'
      if (fails) {
        phase = 'done'
        const cause = new ErrorCtor(
          `Simulated network failure: request ${routeIndex} to ${route!.config.path} (failEvery: ${route!.config.failEvery})`,
        )
        realm.reject(capability, new TypeErrorCtor('fetch failed', { cause }))
        return
      }
      if (!route) return answer(200, { url: url.href, simulated: true })
      const status = route.config.status ?? 200
      const body = route.config.body
      if (!isCallable(body)) return answer(status, body)
      const info: RouteRequest = {
        method,
        url: url.href,
        path: url.pathname,
        params: found.params,
        query: parseQuery(url.search),
        body: requestBody,
      }
      let produced: unknown
      try {
        produced = body(info)
      } catch (error) {
        agent.rethrowIfStopping(error)
        return answer(500, { error: describeError(error) })
      }
      ctx.follow(
        produced,
        (value) => {
          const given = bodies.responseState(value)
          answer(status, value, given)
        },
        (error) => answer(500, { error: describeError(error) }),
      )
    }

    const op: PendingIo = io.start(MathMax(0, MathRound(latencyMs * 1000)), IoKind.Fetch, label(method, url), complete)
    op.failed = fails
    if (!route) agent.emit(EventKind.UnroutedRequest, op.startSeq, op.id, agent.recorder.intern(`${method} ${url.href}`))
    abort.onAbort(signal, (reason) => {
      if (phase === 'waiting') io.cancel(op)
      if (phase !== 'done') {
        phase = 'done'
        realm.reject(capability, reason)
      } else if (response && !response.used) {
        response.errored = true
        response.error = reason
      }
    })
    return capability.promise
  }

  /**
   * A request to one of the program's own servers: it travels to the server
   * (an I/O operation), the server's handler answers in the task of its
   * arrival (or later), and the response travels back (another one).
   */
  function fetchLocal(
    server: LocalServer,
    request: ReturnType<Bodies['requestState']>,
    url: ParsedUrl,
    capability: Capability,
    client: RequestClient,
  ): object {
    const signal = request.signal
    const where = `${url.pathname}${url.search}`
    let phase: 'travelling' | 'handling' | 'returning' | 'done' = 'travelling'
    let inFlight: PendingIo | undefined
    const outgoing: LocalRequest = {
      method: request.method,
      url: where,
      headers: requestHeaders(client, url.host, headers.toRecord(request.headers), request.hasBody ? request.text : undefined),
      body: request.hasBody ? request.text : '',
    }
    const respond = (response: LocalResponse) => {
      if (phase !== 'handling') return
      phase = 'returning'
      const label = `${response.status} ${request.method} ${where} ← ${server.label}`
      inFlight = io.start(server.latencyUs, IoKind.Fetch, label, () => {
        if (phase !== 'returning') return
        phase = 'done'
        const list = headers.from(undefined)
        const names = ObjectKeys(response.headers)
        for (let i = 0; i < names.length; i++) headers.set(list, names[i]!, response.headers[names[i]!]!)
        const state: ResponseState = {
          text: response.body,
          used: false,
          errored: false,
          error: undefined,
          status: response.status,
          statusText: response.statusMessage ?? statusText(response.status),
          headers: list,
          url: url.href,
          rawHeaders: response.headers,
        }
        realm.resolve(capability, bodies.makeResponse(state))
      })
    }
    inFlight = io.start(server.latencyUs, IoKind.Fetch, `${request.method} ${where} → ${server.label}`, () => {
      if (phase !== 'travelling') return
      phase = 'handling'
      server.deliver(outgoing, respond)
    })
    abort.onAbort(signal, (reason) => {
      if (phase === 'done') return
      if (inFlight && (phase === 'travelling' || phase === 'returning')) io.cancel(inFlight)
      phase = 'done'
      realm.reject(capability, reason)
    })
    return capability.promise
  }

  function makeState(status: number, body: unknown, href: string): ResponseState {
    const list = headers.from(undefined)
    let text = ''
    if (typeof body === 'string') {
      text = body
      headers.set(list, 'content-type', 'text/plain;charset=UTF-8')
    } else if (body !== undefined) {
      try {
        text = JSONStringify(body) ?? ''
      } catch (error) {
        agent.rethrowIfStopping(error)
        status = 500
        text = JSONStringify({ error: describeError(error) })
      }
      headers.set(list, 'content-type', 'application/json')
    }
    return { text, used: false, errored: false, error: undefined, status, statusText: statusText(status), headers: list, url: href }
  }

  return { fetch, send, addRoute }
}

/** The headers a request arrives with: Node's fetch (undici) adds its own around the program's, http.request only host and connection. */
function requestHeaders(
  client: RequestClient,
  host: string,
  given: Record<string, string>,
  body: string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {}
  defineData(out, 'host', host)
  defineData(out, 'connection', 'keep-alive')
  const names = ObjectKeys(given)
  for (let i = 0; i < names.length; i++) defineData(out, names[i]!, given[names[i]!]!)
  if (client === 'http') return out
  const defaults: [string, string][] = [
    ['accept', '*/*'],
    ['accept-language', '*'],
    ['sec-fetch-mode', 'cors'],
    ['user-agent', 'node'],
    ['accept-encoding', 'gzip, deflate'],
  ]
  for (let i = 0; i < defaults.length; i++) if (out[defaults[i]![0]] === undefined) defineData(out, defaults[i]![0], defaults[i]![1])
  if (body !== undefined) defineData(out, 'content-length', `${body.length}`)
  return out
}

function parseBody(text: string): unknown {
  try {
    return JSONParse(text)
  } catch {
    return text
  }
}

function describeError(error: unknown): string {
  if (error instanceof ErrorCtor) return `${error.name}: ${error.message}`
  return StringCtor(error)
}
