import { IoKind } from '../../trace/events.ts'
import type { PendingIo } from '../hosts/ioQueue.ts'
import {
  ErrorCtor,
  JSONParse,
  JSONStringify,
  MathMax,
  MathRound,
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
import { compilePattern, hashUnit, matchPattern, parseQuery, parseUrl, type ParsedUrl, type PathPattern } from './url.ts'
import type { RouteConfig, RouteRequest } from './routes.ts'
import { checkRouteOptions } from './validate.ts'

/** The simulated network of `WorldConfig`. */
export interface NetworkConfig {
  /** Latency of unknown URLs and of routes without their own (default 100 ms). */
  defaultLatencyMs?: number
  routes?: RouteConfig[]
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
 * unknown URLs answer 200 `{ url, simulated: true }`. An AbortSignal cancels
 * the request (and errors an unread body), as in Node.
 */
export function createNetwork(ctx: WorldContext, bodies: Bodies, headers: HeadersApi, abort: AbortApi, config: NetworkConfig) {
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

  return { fetch, addRoute }
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
