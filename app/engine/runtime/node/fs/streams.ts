/**
 * `fs.createReadStream` / `fs.createWriteStream`: EventEmitters with the
 * events, order and methods programs rely on (not the whole stream
 * machinery of node:stream). A read stream opens the file, then — once it
 * flows (a `'data'` listener, `pipe`, `resume` or `for await`) — reads it in
 * `highWaterMark`-sized chunks, each a job of the thread pool: `'open'`,
 * `'ready'`, `'data'`…, `'end'`, `'close'`. A write stream writes its
 * chunks one job at a time, then `'finish'` and `'close'` after `end()`.
 */
import { PromiseOrigin } from '../../../trace/events.ts'
import type { Agent } from '../../agent.ts'
import {
  ArrayPrototypePush,
  ErrorCtor,
  MathMin,
  NativeUint8Array,
  ObjectDefineProperty,
  ReflectApply,
  ReflectGet,
  SymbolAsyncIterator,
  TypedArrayPrototypeSubarray,
  isCallable,
  isObject,
} from '../../primordials.ts'
import type { PromiseRealm } from '../../promise/realm.ts'
import type { Capability } from '../../promise/slots.ts'
import type { BufferKit } from '../buffer.ts'
import { withLeading, type EmitterConstructor } from '../events.ts'
import { typedArrayName } from '../../console/brands.ts'
import { invalidArgType } from '../errors.ts'
import type { FsCore } from './fsCore.ts'
import { fsError } from './fsErrors.ts'
import type { ThreadPool } from './threadPool.ts'
import type { VirtualFileSystem } from './vfs.ts'

export interface StreamServices {
  agent: Agent
  realm: PromiseRealm
  core: FsCore
  pool: ThreadPool
  vfs: VirtualFileSystem
  buffer: BufferKit
  EventEmitter: EmitterConstructor
  resolve(path: string): string
  nextTick(callback: () => void): void
}

type Emitter = { emit: (type: string, ...args: unknown[]) => boolean; on(type: string, listener: (...args: unknown[]) => unknown): unknown }
/** EventEmitter: its instances, and the prototype's `on` that a subclass's own `on` calls on itself. */
type EmitterClass = {
  new (): Emitter
  readonly prototype: { on: (this: Emitter, type: string, listener: (...args: unknown[]) => unknown) => unknown }
}
type Writable = { write(chunk: unknown): unknown; end(): unknown }

export function createFileStreams(services: StreamServices) {
  const { pool, core, vfs, buffer, realm } = services
  let nextFd = 20
  const emit = (target: unknown, type: string, ...args: unknown[]) =>
    ReflectApply((target as Emitter).emit, target, withLeading([type], args))

  const Base = services.EventEmitter as unknown as EmitterClass

  class ReadStream extends Base {
    path: string
    fd: number | null = null
    bytesRead = 0
    readonly #absolute: string
    readonly #highWaterMark: number
    #encoding: string | undefined
    #flowing = false
    #opened = false
    #reading = false
    #ended = false
    #destroyed = false
    #position: number
    readonly #end: number

    constructor(path: unknown, options: unknown) {
      super()
      this.path = core.pathArg(path)
      this.#absolute = services.resolve(this.path)
      const o = (typeof options === 'string' ? { encoding: options } : (options ?? {})) as Record<string, unknown>
      this.#highWaterMark = typeof o.highWaterMark === 'number' && o.highWaterMark > 0 ? o.highWaterMark : 64 * 1024
      this.#encoding = typeof o.encoding === 'string' ? o.encoding : undefined
      this.#position = typeof o.start === 'number' ? o.start : 0
      this.#end = typeof o.end === 'number' ? o.end + 1 : Infinity
      let failure: unknown
      pool.submit(
        `open ${this.path}`,
        () => {
          try {
            vfs.readFile(this.#absolute)
          } catch (error) {
            failure = core.isFailure(error) ? fsError(error, 'callback', 'open', this.path) : error
          }
        },
        () => {
          if (this.#destroyed) return
          if (failure !== undefined) {
            this.#destroyed = true
            emit(this, 'error', failure)
            emit(this, 'close')
            return
          }
          this.fd = nextFd++
          this.#opened = true
          emit(this, 'open', this.fd)
          emit(this, 'ready')
          if (this.#flowing) this.#read()
        },
        () => core.costUs(0),
      )
    }

    override on(type: string, listener: (...args: unknown[]) => unknown): this {
      ReflectApply(Base.prototype.on, this, [type, listener])
      if (type === 'data' && !this.#flowing) this.resume()
      return this
    }

    setEncoding(encoding: string): this {
      this.#encoding = encoding
      return this
    }

    resume(): this {
      if (this.#flowing) return this
      this.#flowing = true
      services.nextTick(() => {
        if (this.#opened && this.#flowing && !this.#reading) this.#read()
      })
      return this
    }

    pause(): this {
      this.#flowing = false
      return this
    }

    isPaused(): boolean {
      return !this.#flowing
    }

    destroy(error?: unknown): this {
      if (this.#destroyed) return this
      this.#destroyed = true
      services.nextTick(() => {
        if (error !== undefined) emit(this, 'error', error)
        emit(this, 'close')
      })
      return this
    }

    pipe<T extends Writable>(destination: T, options?: { end?: boolean }): T {
      this.on('data', (chunk: unknown) => {
        ReflectApply(ReflectGet(destination, 'write') as (chunk: unknown) => unknown, destination, [chunk])
      })
      if (options?.end !== false) {
        ReflectApply(Base.prototype.on, this, ['end', () => ReflectApply(ReflectGet(destination, 'end') as () => unknown, destination, [])])
      }
      return destination
    }

    #read(): void {
      if (this.#destroyed || this.#ended) return
      this.#reading = true
      let chunk: Uint8Array | undefined
      pool.submit(
        `read ${this.path}`,
        () => {
          const bytes = vfs.readFile(this.#absolute)
          const end = MathMin(bytes.length, this.#end)
          const from = this.#position
          const to = MathMin(end, from + this.#highWaterMark)
          chunk = from < to ? buffer.copy(TypedArrayPrototypeSubarray(bytes, from, to)) : undefined
          this.#position = to
        },
        () => {
          this.#reading = false
          if (this.#destroyed) return
          if (chunk === undefined) {
            this.#ended = true
            emit(this, 'end')
            this.#close()
            return
          }
          this.bytesRead += chunk.length
          emit(this, 'data', this.#encoding ? (chunk as Uint8Array & { toString(e: string): string }).toString(this.#encoding) : chunk)
          if (this.#flowing) this.#read()
        },
        () => core.costUs(chunk?.length ?? 0),
      )
    }

    #close(): void {
      pool.submit(
        `close ${this.path}`,
        () => undefined,
        () => {
          this.#destroyed = true
          emit(this, 'close')
        },
        () => core.costUs(0),
      )
    }

    [SymbolAsyncIterator](): AsyncIterator<unknown> {
      const chunks: unknown[] = []
      let head = 0
      let done = false
      let failure: unknown
      let failed = false
      let waiting: Capability | undefined
      const settle = () => {
        if (!waiting) return
        const capability = waiting
        if (head < chunks.length) {
          waiting = undefined
          realm.resolve(capability, { value: chunks[head++], done: false })
        } else if (failed) {
          waiting = undefined
          realm.reject(capability, failure)
        } else if (done) {
          waiting = undefined
          realm.resolve(capability, { value: undefined, done: true })
        }
      }
      this.on('data', (chunk: unknown) => {
        ArrayPrototypePush(chunks, chunk)
        settle()
      })
      ReflectApply(Base.prototype.on, this, [
        'end',
        () => {
          done = true
          settle()
        },
      ])
      ReflectApply(Base.prototype.on, this, [
        'error',
        (error: unknown) => {
          failed = true
          failure = error
          settle()
        },
      ])
      return {
        next: () => {
          const capability = realm.newCapability(PromiseOrigin.Host)
          waiting = capability
          settle()
          return capability.promise as Promise<IteratorResult<unknown>>
        },
        return: () => {
          this.destroy()
          const capability = realm.newCapability(PromiseOrigin.Host)
          realm.resolve(capability, { value: undefined, done: true })
          return capability.promise as Promise<IteratorResult<unknown>>
        },
      }
    }
  }

  class WriteStream extends Base {
    path: string
    fd: number | null = null
    bytesWritten = 0
    readonly #absolute: string
    readonly #queue: { bytes: Uint8Array; callback: unknown }[] = []
    #writing = false
    #ending = false
    #finished = false
    #endCallback: unknown

    constructor(path: unknown, options: unknown) {
      super()
      this.path = core.pathArg(path)
      this.#absolute = services.resolve(this.path)
      const o = (typeof options === 'string' ? { encoding: options } : (options ?? {})) as Record<string, unknown>
      const flags = typeof o.flags === 'string' ? o.flags : 'w'
      let failure: unknown
      this.#writing = true
      pool.submit(
        `open ${this.path}`,
        () => {
          try {
            vfs.writeFile(this.#absolute, new NativeUint8Array(0), flags === 'a' ? 'a' : 'w')
          } catch (error) {
            failure = core.isFailure(error) ? fsError(error, 'callback', 'open', this.path) : error
          }
        },
        () => {
          this.#writing = false
          if (failure !== undefined) {
            emit(this, 'error', failure)
            emit(this, 'close')
            return
          }
          this.fd = nextFd++
          emit(this, 'open', this.fd)
          emit(this, 'ready')
          this.#next()
        },
        () => core.costUs(0),
      )
    }

    write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
      if (isCallable(encoding)) {
        callback = encoding
        encoding = undefined
      }
      if (this.#ending) {
        const error = new ErrorCtor('write after end')
        ObjectDefineProperty(error, 'code', { value: 'ERR_STREAM_WRITE_AFTER_END', enumerable: true, writable: true, configurable: true })
        services.nextTick(() => emit(this, 'error', error))
        return false
      }
      if (typeof chunk !== 'string' && !(isObject(chunk) && typedArrayName(chunk) !== undefined)) {
        throw invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk)
      }
      ArrayPrototypePush(this.#queue, { bytes: buffer.toBytes(chunk, encoding ?? 'utf8'), callback })
      if (!this.#writing) this.#next()
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
      if (chunk !== undefined && chunk !== null) this.write(chunk, encoding)
      this.#ending = true
      this.#endCallback = callback
      if (!this.#writing) this.#next()
      return this
    }

    #next(): void {
      if (this.#writing || this.fd === null) return
      const item = this.#queue.length > 0 ? this.#queue[0] : undefined
      if (!item) {
        if (this.#ending && !this.#finished) this.#finish()
        return
      }
      for (let i = 1; i < this.#queue.length; i++) this.#queue[i - 1] = this.#queue[i]!
      this.#queue.length--
      this.#writing = true
      pool.submit(
        `write ${this.path}`,
        () => vfs.writeFile(this.#absolute, item.bytes, 'a'),
        () => {
          this.#writing = false
          this.bytesWritten += item.bytes.length
          if (isCallable(item.callback)) ReflectApply(item.callback, undefined, [null])
          this.#next()
        },
        () => core.costUs(item.bytes.length),
      )
    }

    #finish(): void {
      this.#finished = true
      emit(this, 'finish')
      if (isCallable(this.#endCallback)) ReflectApply(this.#endCallback, this, [])
      pool.submit(
        `close ${this.path}`,
        () => undefined,
        () => emit(this, 'close'),
        () => core.costUs(0),
      )
    }
  }

  return {
    ReadStream,
    WriteStream,
    createReadStream: (path: unknown, options?: unknown) => new ReadStream(path, options),
    createWriteStream: (path: unknown, options?: unknown) => new WriteStream(path, options),
  }
}
