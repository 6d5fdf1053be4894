import {
  JSONParse,
  JSONStringify,
  NativeWeakMap,
  ObjectPrototypeHasOwnProperty,
  RangeErrorCtor,
  StringCtor,
  StringPrototypeToUpperCase,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'
import type { AbortApi } from './abort.ts'
import type { WorldContext } from './context.ts'
import { defineInspect } from './inspectForm.ts'
import type { HeadersApi } from './headers.ts'
import { parseUrl } from './url.ts'

/** The reason phrases the simulated servers send. */
export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

export function statusText(status: number): string {
  return ObjectPrototypeHasOwnProperty(STATUS_TEXT, status) ? STATUS_TEXT[status]! : ''
}

/** A body that can be read once (`text()`, `json()`), or errored by an abort first. */
interface BodyState {
  text: string
  used: boolean
  errored: boolean
  error: unknown
}

/** The internals of a Response. */
export interface ResponseState extends BodyState {
  status: number
  statusText: string
  headers: object
  url: string
  /** The headers in the order the program's own server sent them (node:http's client shows them so). */
  rawHeaders?: Record<string, string>
}

/** The internals of a Request (what `fetch` reads from one). */
export interface RequestState extends BodyState {
  method: string
  url: string
  headers: object
  signal: object
  hasBody: boolean
}

const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH']

/**
 * `Response` and `Request` (minimal: text and JSON bodies, headers, status,
 * `clone()`). Body methods return promises that settle in a microtask: the
 * body is already there, reading it costs no virtual time.
 */
export function createBodies(ctx: WorldContext, headers: HeadersApi, abort: AbortApi) {
  const responses = new NativeWeakMap<object, ResponseState>()
  const requests = new NativeWeakMap<object, RequestState>()

  function consume(state: BodyState, json: boolean): object {
    if (state.errored) return ctx.rejected(state.error)
    if (state.used) return ctx.rejected(new TypeErrorCtor('Body is unusable: Body has already been read'))
    state.used = true
    if (!json) return ctx.resolved(state.text)
    try {
      return ctx.resolved(JSONParse(state.text))
    } catch (error) {
      ctx.agent.rethrowIfStopping(error)
      return ctx.rejected(error)
    }
  }

  function bodyText(body: unknown): string {
    return body === undefined || body === null ? '' : StringCtor(body)
  }

  function responseOf(value: unknown): ResponseState {
    const state = typeof value === 'object' && value !== null ? WeakMapPrototypeGet(responses, value) : undefined
    if (!state) throw new TypeErrorCtor('Value of "this" must be of type Response')
    return state
  }

  class Response {
    constructor(body?: unknown, init?: { status?: unknown; statusText?: unknown; headers?: unknown }) {
      const status = init?.status === undefined ? 200 : +(init.status as number)
      if (!(status >= 200 && status <= 599)) throw new RangeErrorCtor('init["status"] must be in the range of 200 to 599, inclusive.')
      const list = headers.from(init?.headers)
      if (typeof body === 'string' && headers.get(list, 'content-type') === null)
        headers.set(list, 'content-type', 'text/plain;charset=UTF-8')
      const state: ResponseState = {
        text: bodyText(body),
        used: false,
        errored: false,
        error: undefined,
        status,
        statusText: init?.statusText === undefined ? '' : StringCtor(init.statusText),
        headers: list,
        url: '',
      }
      WeakMapPrototypeSet(responses, this, state)
    }
    get status(): number {
      return responseOf(this).status
    }
    get ok(): boolean {
      const status = responseOf(this).status
      return status >= 200 && status <= 299
    }
    get statusText(): string {
      return responseOf(this).statusText
    }
    get headers(): object {
      return responseOf(this).headers
    }
    get url(): string {
      return responseOf(this).url
    }
    get redirected(): boolean {
      return false
    }
    get type(): string {
      return responseOf(this).url === '' ? 'default' : 'basic'
    }
    get bodyUsed(): boolean {
      return responseOf(this).used
    }
    text(): object {
      return consume(responseOf(this), false)
    }
    json(): object {
      return consume(responseOf(this), true)
    }
    clone(): Response {
      const state = responseOf(this)
      if (state.used) throw new TypeErrorCtor('Response.clone: Body has already been consumed.')
      return makeResponse({ ...state, headers: headers.from(state.headers) })
    }
    get [Symbol.toStringTag](): string {
      return 'Response'
    }
    static json(data: unknown, init?: { status?: unknown; statusText?: unknown; headers?: unknown }): Response {
      const response = new Response(JSONStringify(data), init)
      headers.set(responseOf(response).headers, 'content-type', 'application/json')
      return response
    }
  }
  defineInspect(Response.prototype, 'Response', (self) => {
    const s = responseOf(self)
    return {
      status: s.status,
      statusText: s.statusText,
      headers: s.headers,
      bodyUsed: s.used,
      ok: s.status >= 200 && s.status <= 299,
      redirected: false,
      type: s.url === '' ? 'default' : 'basic',
      url: s.url,
    }
  })

  /** A Response made by the runtime (the simulated network's answer). */
  function makeResponse(state: ResponseState): Response {
    const response = new Response(null)
    WeakMapPrototypeSet(responses, response, state)
    return response
  }

  function requestOf(value: unknown): RequestState {
    const state = typeof value === 'object' && value !== null ? WeakMapPrototypeGet(requests, value) : undefined
    if (!state) throw new TypeErrorCtor('Value of "this" must be of type Request')
    return state
  }

  /** The request a `fetch(input, init)` or `new Request(input, init)` describes. */
  function requestState(input: unknown, init: unknown): RequestState {
    const base = typeof input === 'object' && input !== null ? WeakMapPrototypeGet(requests, input) : undefined
    const options = (typeof init === 'object' && init !== null ? init : {}) as {
      method?: unknown
      headers?: unknown
      body?: unknown
      signal?: unknown
    }
    let url: string
    if (base) url = base.url
    else {
      const parsed = parseUrl(StringCtor(input))
      if (!parsed) throw new TypeErrorCtor(`Failed to parse URL from ${StringCtor(input)}`)
      url = parsed.href
    }
    let method = options.method !== undefined ? StringCtor(options.method) : (base?.method ?? 'GET')
    const upper = StringPrototypeToUpperCase(method)
    for (let i = 0; i < METHODS.length; i++) if (METHODS[i] === upper) method = upper
    const hasBody = options.body !== undefined && options.body !== null
    if (hasBody && (method === 'GET' || method === 'HEAD')) throw new TypeErrorCtor('Request with GET/HEAD method cannot have body.')
    const list = headers.from(options.headers !== undefined ? options.headers : base?.headers)
    if (hasBody && typeof options.body === 'string' && headers.get(list, 'content-type') === null)
      headers.set(list, 'content-type', 'text/plain;charset=UTF-8')
    let signal = options.signal !== undefined && options.signal !== null ? options.signal : base?.signal
    if (signal !== undefined && !abort.isSignal(signal))
      throw new TypeErrorCtor("Failed to construct 'Request': member signal is not of type AbortSignal.")
    signal ??= abort.newSignal()
    const text = hasBody ? bodyText(options.body) : (base?.text ?? '')
    return {
      text,
      used: false,
      errored: false,
      error: undefined,
      method,
      url,
      headers: list,
      signal: signal,
      hasBody: hasBody || (base?.hasBody ?? false),
    }
  }

  class Request {
    constructor(input: unknown, init?: unknown) {
      if (arguments.length === 0) throw new TypeErrorCtor("Failed to construct 'Request': 1 argument required, but only 0 present.")
      WeakMapPrototypeSet(requests, this, requestState(input, init))
    }
    get method(): string {
      return requestOf(this).method
    }
    get url(): string {
      return requestOf(this).url
    }
    get headers(): object {
      return requestOf(this).headers
    }
    get signal(): object {
      return requestOf(this).signal
    }
    get bodyUsed(): boolean {
      return requestOf(this).used
    }
    text(): object {
      return consume(requestOf(this), false)
    }
    json(): object {
      return consume(requestOf(this), true)
    }
    clone(): Request {
      const state = requestOf(this)
      if (state.used) throw new TypeErrorCtor('Request.clone: Body has already been consumed.')
      const copy = new Request(this)
      WeakMapPrototypeSet(requests, copy, { ...state, headers: headers.from(state.headers) })
      return copy
    }
    get [Symbol.toStringTag](): string {
      return 'Request'
    }
  }
  defineInspect(Request.prototype, 'Request', (self) => {
    const s = requestOf(self)
    return { method: s.method, url: s.url, headers: s.headers, signal: s.signal, bodyUsed: s.used }
  })

  return {
    Response,
    Request,
    makeResponse,
    requestState,
    responseState: (value: unknown) => (typeof value === 'object' && value !== null ? WeakMapPrototypeGet(responses, value) : undefined),
  }
}

export type Bodies = ReturnType<typeof createBodies>
