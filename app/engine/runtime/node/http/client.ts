/**
 * `http.request` / `http.get` (and https's): a ClientRequest that sends its
 * request over the simulated network when `end()` is called — to a server of
 * the program's (`localhost:PORT`) or to a world route — and emits
 * `'response'` with an IncomingMessage whose body flows as `'data'`/`'end'`,
 * or `'error'` when the network fails.
 */
import { ReactionKind } from '../../../trace/events.ts'
import {
  ArrayPrototypePush,
  ErrorCtor,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectKeys,
  ReflectApply,
  ReflectGet,
  StringCtor,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  TypeErrorCtor,
  StringPrototypeToUpperCase,
  isCallable,
  isObject,
} from '../../primordials.ts'
import type { PromiseRealm } from '../../promise/realm.ts'
import type { WorldInternals } from '../../world/world.ts'
import type { BufferKit } from '../buffer.ts'
import { decodeBytes, encodeString } from '../encoding.ts'
import { invalidArgType } from '../errors.ts'
import { withLeading, type EmitterConstructor } from '../events.ts'
import type { createMessages } from './messages.ts'
import { STATUS_CODES } from './statusCodes.ts'

type Emitter = {
  emit: (type: string, ...args: unknown[]) => boolean
  on(type: string, listener: (...args: unknown[]) => unknown): unknown
  once(type: string, listener: (...args: unknown[]) => unknown): unknown
}

export interface ClientServices {
  realm: PromiseRealm
  world: WorldInternals
  buffer: BufferKit
  EventEmitter: EmitterConstructor
  messages: ReturnType<typeof createMessages>
  nextTick(callback: () => void): void
  /** The world's AbortController, taken before the program ran. */
  newAbortController(): { signal: object; abort(reason?: unknown): void }
}

interface Target {
  url: string
  method: string
  headers: Record<string, string>
}

function targetOf(scheme: 'http' | 'https', input: unknown, options: unknown): Target {
  let url: string | undefined
  let opts: Record<string, unknown> = {}
  if (typeof input === 'string') url = input
  else if (isObject(input) && typeof ReflectGet(input, 'href') === 'string') url = ReflectGet(input, 'href') as string
  else if (isObject(input)) opts = input as Record<string, unknown>
  else if (input !== undefined) throw invalidArgType('url', 'string or an instance of URL', input)
  if (isObject(options) && !isCallable(options)) opts = options as Record<string, unknown>
  if (url === undefined) {
    const host = StringCtor(opts.hostname ?? opts.host ?? 'localhost')
    const port = opts.port !== undefined ? `:${StringCtor(opts.port)}` : ''
    const protocol = typeof opts.protocol === 'string' ? opts.protocol : `${scheme}:`
    url = `${protocol}//${host}${port}${StringCtor(opts.path ?? '/')}`
  } else if (!StringPrototypeStartsWith(url, 'http://') && !StringPrototypeStartsWith(url, 'https://')) {
    throw new TypeErrorCtor(`Invalid URL: ${url}`)
  }
  const headers: Record<string, string> = ObjectCreate(null) as Record<string, string>
  if (isObject(opts.headers)) {
    const names = ObjectKeys(opts.headers)
    for (let i = 0; i < names.length; i++) headers[names[i]!] = StringCtor((opts.headers as Record<string, unknown>)[names[i]!])
  }
  return { url, method: StringPrototypeToUpperCase(StringCtor(opts.method ?? 'GET')), headers }
}

export function createHttpClient(services: ClientServices, scheme: 'http' | 'https') {
  const Base = services.EventEmitter as unknown as new () => Emitter
  const { realm, world, messages } = services
  const emit = (target: Emitter, type: string, ...args: unknown[]) => ReflectApply(target.emit, target, withLeading([type], args))

  class ClientRequest extends Base {
    method: string
    path: string
    host: string
    protocol: string
    finished = false
    destroyed = false
    readonly #target: Target
    readonly #body: string[] = []
    readonly #abort = services.newAbortController()
    #sent = false

    constructor(target: Target) {
      super()
      this.#target = target
      this.method = target.method
      const afterScheme = StringPrototypeIndexOf(target.url, '//') + 2
      const slash = StringPrototypeIndexOf(target.url, '/', afterScheme)
      this.host = slash === -1 ? StringPrototypeSlice(target.url, afterScheme) : StringPrototypeSlice(target.url, afterScheme, slash)
      this.path = slash === -1 ? '/' : StringPrototypeSlice(target.url, slash)
      this.protocol = `${scheme}:`
    }

    setHeader(name: string, value: unknown): this {
      this.#target.headers[StringCtor(name)] = StringCtor(value)
      return this
    }

    getHeader(name: string): string | undefined {
      return this.#target.headers[name]
    }

    write(chunk: unknown, encoding?: unknown): boolean {
      ArrayPrototypePush(this.#body, typeof chunk === 'string' ? chunk : decodeBytes(services.buffer.toBytes(chunk, encoding), 'utf8'))
      return true
    }

    end(chunk?: unknown, encoding?: unknown, callback?: unknown): this {
      if (isCallable(chunk)) {
        callback = chunk
        chunk = undefined
      }
      if (chunk !== undefined && chunk !== null) this.write(chunk, isCallable(encoding) ? undefined : encoding)
      if (isCallable(encoding)) callback = encoding
      if (this.#sent) return this
      this.#sent = true
      this.finished = true
      if (isCallable(callback)) this.once('finish', callback)
      services.nextTick(() => emit(this, 'finish'))
      this.#send()
      return this
    }

    destroy(error?: unknown): this {
      if (this.destroyed) return this
      this.destroyed = true
      this.#abort.abort(error)
      services.nextTick(() => {
        if (error !== undefined) emit(this, 'error', error)
        emit(this, 'close')
      })
      return this
    }

    abort(): void {
      this.destroy()
    }

    setTimeout(_ms: number, callback?: () => void): this {
      if (isCallable(callback)) this.once('timeout', callback)
      return this
    }

    #send(): void {
      let body = ''
      for (let i = 0; i < this.#body.length; i++) body += this.#body[i]!
      const init: Record<string, unknown> = {
        method: this.#target.method,
        headers: this.#target.headers,
        signal: this.#abort.signal,
        ...(body !== '' && this.#target.method !== 'GET' && this.#target.method !== 'HEAD' ? { body } : {}),
      }
      let promise: object
      try {
        promise = world.network.send(this.#target.url, init, 'http')
      } catch (error) {
        services.nextTick(() => emit(this, 'error', error))
        return
      }
      realm.performThen(
        promise,
        (response: unknown) => this.#respond(response),
        (error: unknown) => {
          if (this.destroyed) return
          const failure = new ErrorCtor('socket hang up')
          ObjectDefineProperty(failure, 'code', { value: 'ECONNRESET', writable: true, enumerable: true, configurable: true })
          ObjectDefineProperty(failure, 'cause', { value: error, writable: true, enumerable: false, configurable: true })
          emit(this, 'error', failure)
          emit(this, 'close')
        },
        undefined,
        ReactionKind.Internal,
      )
    }

    #respond(response: unknown): void {
      if (this.destroyed) return
      const state = world.bodies.responseState(response)
      if (!state) return
      const res = new messages.IncomingMessage(state.rawHeaders ?? world.headers.toRecord(state.headers), encodeString(state.text, 'utf8'))
      res.statusCode = state.status
      res.statusMessage = state.statusText || STATUS_CODES[state.status] || ''
      const handled = emit(this, 'response', res)
      if (!handled) res.resume()
      res.on('end', () => emit(this, 'close'))
    }
  }

  function request(input: unknown, options?: unknown, callback?: unknown): ClientRequest {
    if (isCallable(options)) callback = options
    const req = new ClientRequest(targetOf(scheme, input, options))
    if (isCallable(callback)) req.once('response', callback)
    return req
  }

  function get(input: unknown, options?: unknown, callback?: unknown): ClientRequest {
    const req = request(input, options, callback)
    req.end()
    return req
  }

  return { ClientRequest, request, get }
}
