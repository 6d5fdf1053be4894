/**
 * `http.IncomingMessage` and `http.ServerResponse`: the request a handler
 * reads (its body as `'data'`/`'end'` once it flows, or by `for await`) and
 * the response it writes (`statusCode`, `setHeader`, `writeHead`, `write`,
 * `end`), with the headers Node adds. Both are EventEmitters, as in Node.
 */
import { PromiseOrigin } from '../../../trace/events.ts'
import {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ErrorCtor,
  NativeUint8Array,
  RangeErrorCtor,
  TypeErrorCtor,
  TypedArrayPrototypeSet,
  ObjectCreate,
  ObjectKeys,
  ReflectApply,
  StringCtor,
  StringPrototypeToLowerCase,
  SymbolAsyncIterator,
  isCallable,
} from '../../primordials.ts'
import type { PromiseRealm } from '../../promise/realm.ts'
import type { Capability } from '../../promise/slots.ts'
import type { BufferKit } from '../buffer.ts'
import { invalidArgType, nodeError } from '../errors.ts'
import { withLeading, type EmitterConstructor } from '../events.ts'
import { STATUS_CODES } from './statusCodes.ts'
import { defineData } from '../../world/url.ts'

type Emitter = { emit: (type: string, ...args: unknown[]) => boolean; on(type: string, listener: (...args: unknown[]) => unknown): unknown }
/** EventEmitter: its instances, and the prototype's `on` that a subclass's own `on` calls on itself. */
type EmitterClass = {
  new (): Emitter
  readonly prototype: { on: (this: Emitter, type: string, listener: (...args: unknown[]) => unknown) => unknown }
}

export interface MessageServices {
  realm: PromiseRealm
  buffer: BufferKit
  EventEmitter: EmitterConstructor
  nextTick(callback: () => void): void
  /** Node's Date header (the virtual clock). */
  httpDate: () => string
}

/** What a finished response hands to the network. */
export interface FinishedResponse {
  status: number
  statusMessage: string
  headers: Record<string, string>
  body: Uint8Array
}

export function createMessages(services: MessageServices) {
  const Base = services.EventEmitter as unknown as EmitterClass
  const { buffer, realm } = services
  const emit = (target: Emitter, type: string, ...args: unknown[]) => ReflectApply(target.emit, target, withLeading([type], args))

  class IncomingMessage extends Base {
    method: string | undefined
    url: string | undefined
    statusCode: number | undefined
    statusMessage: string | undefined
    httpVersion = '1.1'
    headers: Record<string, string>
    rawHeaders: string[]
    complete = false
    aborted = false
    socket = { remoteAddress: '127.0.0.1', remotePort: 52000 }
    readonly #body: Uint8Array
    #encoding: string | undefined
    #flowing = false
    #delivered = false

    constructor(headers: Record<string, string>, body: Uint8Array) {
      super()
      this.headers = {}
      this.rawHeaders = []
      const names = ObjectKeys(headers)
      for (let i = 0; i < names.length; i++) {
        defineData(this.headers, names[i]!, headers[names[i]!]!)
        ArrayPrototypePush(this.rawHeaders, names[i]!, headers[names[i]!]!)
      }
      this.#body = body
    }

    override on(type: string, listener: (...args: unknown[]) => unknown): this {
      ReflectApply(Base.prototype.on, this, [type, listener])
      if (type === 'data' || type === 'readable') this.resume()
      return this
    }

    setEncoding(encoding: string): this {
      this.#encoding = encoding
      return this
    }

    resume(): this {
      if (this.#flowing) return this
      this.#flowing = true
      services.nextTick(() => this.#deliver())
      return this
    }

    pause(): this {
      return this
    }

    #deliver(): void {
      if (this.#delivered) return
      this.#delivered = true
      if (this.#body.length > 0) {
        const chunk = buffer.copy(this.#body)
        emit(this, 'data', this.#encoding ? chunk.toString(this.#encoding) : chunk)
      }
      this.complete = true
      emit(this, 'end')
      emit(this, 'close')
    }

    [SymbolAsyncIterator](): AsyncIterator<unknown> {
      let step = 0
      const chunk = this.#body.length > 0 ? buffer.copy(this.#body) : undefined
      this.#delivered = true
      this.complete = true
      const result = (value: unknown, done: boolean) => {
        const capability: Capability = realm.newCapability(PromiseOrigin.Host)
        realm.resolve(capability, { value, done })
        return capability.promise as Promise<IteratorResult<unknown>>
      }
      return {
        next: () => {
          if (step++ === 0 && chunk) return result(this.#encoding ? chunk.toString(this.#encoding) : chunk, false)
          return result(undefined, true)
        },
        return: () => result(undefined, true),
      }
    }
  }

  class ServerResponse extends Base {
    statusCode = 200
    statusMessage: string | undefined
    headersSent = false
    writableEnded = false
    finished = false
    sendDate = true
    readonly #headers: Record<string, { name: string; value: string | string[] }> = ObjectCreate(null) as Record<
      string,
      { name: string; value: string | string[] }
    >
    #explicit = false
    readonly #chunks: Uint8Array[] = []
    readonly #onFinish: (response: FinishedResponse) => void

    constructor(onFinish: (response: FinishedResponse) => void) {
      super()
      this.#onFinish = onFinish
    }

    setHeader(name: unknown, value: unknown): this {
      if (this.headersSent) throw nodeError(ErrorCtor, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client')
      if (typeof name !== 'string' || name === '') throw invalidArgType('name', 'string', name)
      if (value === undefined)
        throw nodeError(TypeErrorCtor, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "undefined" for header "${name}"`)
      this.#headers[StringPrototypeToLowerCase(name)] = {
        name,
        value: ArrayIsArray(value) ? stringsOf(value as unknown[]) : StringCtor(value),
      }
      return this
    }

    getHeader(name: unknown): string | string[] | undefined {
      return this.#headers[StringPrototypeToLowerCase(StringCtor(name))]?.value
    }

    getHeaders(): Record<string, string | string[]> {
      const out = ObjectCreate(null) as Record<string, string | string[]>
      const keys = ObjectKeys(this.#headers)
      for (let i = 0; i < keys.length; i++) out[keys[i]!] = this.#headers[keys[i]!]!.value
      return out
    }

    getHeaderNames(): string[] {
      return ObjectKeys(this.#headers)
    }

    hasHeader(name: unknown): boolean {
      return this.#headers[StringPrototypeToLowerCase(StringCtor(name))] !== undefined
    }

    removeHeader(name: unknown): void {
      if (this.headersSent) throw nodeError(ErrorCtor, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client')
      delete this.#headers[StringPrototypeToLowerCase(StringCtor(name))]
    }

    writeHead(status: unknown, message?: unknown, headers?: unknown): this {
      if (this.headersSent) throw nodeError(ErrorCtor, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client')
      if (typeof message !== 'string') {
        headers = message
        message = undefined
      }
      const code = +(status as number)
      if (!(code >= 100 && code <= 999) || code % 1 !== 0) {
        throw nodeError(RangeErrorCtor, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${StringCtor(status)}`)
      }
      this.statusCode = code
      if (message !== undefined) this.statusMessage = message as string
      if (ArrayIsArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1])
      } else if (headers !== null && typeof headers === 'object') {
        const names = ObjectKeys(headers)
        for (let i = 0; i < names.length; i++) this.setHeader(names[i], (headers as Record<string, unknown>)[names[i]!])
      }
      this.#explicit = true
      this.headersSent = true
      return this
    }

    write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
      if (isCallable(encoding)) {
        callback = encoding
        encoding = undefined
      }
      if (this.writableEnded) {
        const error = nodeError(ErrorCtor, 'ERR_STREAM_WRITE_AFTER_END', 'write after end')
        services.nextTick(() => emit(this, 'error', error))
        return false
      }
      this.#explicit = true
      this.headersSent = true
      if (chunk !== undefined && chunk !== null && chunk !== '') ArrayPrototypePush(this.#chunks, buffer.toBytes(chunk, encoding ?? 'utf8'))
      if (isCallable(callback)) services.nextTick(() => ReflectApply(callback, undefined, []))
      return true
    }

    end(chunk?: unknown, encoding?: unknown, callback?: unknown): this {
      if (isCallable(chunk)) {
        callback = chunk
        chunk = undefined
      } else if (isCallable(encoding)) {
        callback = encoding
        encoding = undefined
      }
      if (this.writableEnded) return this
      const implicit = !this.#explicit
      if (chunk !== undefined && chunk !== null && chunk !== '') ArrayPrototypePush(this.#chunks, buffer.toBytes(chunk, encoding ?? 'utf8'))
      this.writableEnded = true
      this.headersSent = true
      let total = 0
      for (let i = 0; i < this.#chunks.length; i++) total += this.#chunks[i]!.length
      const body = concat(this.#chunks, total)
      const headers: Record<string, string> = ObjectCreate(null) as Record<string, string>
      const names = ObjectKeys(this.#headers)
      for (let i = 0; i < names.length; i++) {
        const value = this.#headers[names[i]!]!.value
        headers[names[i]!] = ArrayIsArray(value) ? ArrayPrototypeJoin(value, ', ') : value
      }
      if (this.sendDate && headers.date === undefined) headers.date = services.httpDate()
      if (headers.connection === undefined) headers.connection = 'keep-alive'
      headers['keep-alive'] = 'timeout=5'
      if (headers['content-length'] === undefined) {
        if (implicit) headers['content-length'] = StringCtor(total)
        else headers['transfer-encoding'] = 'chunked'
      }
      const status = this.statusCode
      this.#onFinish({ status, statusMessage: this.statusMessage ?? STATUS_CODES[status] ?? 'unknown', headers, body })
      services.nextTick(() => {
        this.finished = true
        emit(this, 'finish')
        if (isCallable(callback)) ReflectApply(callback, undefined, [])
        emit(this, 'close')
      })
      return this
    }
  }

  return { IncomingMessage, ServerResponse }
}

function stringsOf(values: readonly unknown[]): string[] {
  const out: string[] = []
  for (let i = 0; i < values.length; i++) ArrayPrototypePush(out, StringCtor(values[i]))
  return out
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new NativeUint8Array(total)
  let offset = 0
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet(out, chunks[i]!, offset)
    offset += chunks[i]!.length
  }
  return out
}
