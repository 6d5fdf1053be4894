/**
 * `node:readline` and `node:readline/promises`: an Interface over an input
 * that emits `'data'` and `'end'` (a file's read stream, `process.stdin`
 * with the lines the world scripts): `'line'` for every line (`\n`, `\r\n`
 * or `\r`), `question`, `prompt`, `close`, and `for await (const line of
 * rl)`. No terminal editing (Looplab's stdin is never a TTY).
 */
import { PromiseOrigin } from '../../trace/events.ts'
import {
  ErrorCtor,
  ReflectApply,
  ReflectGet,
  StringCtor,
  StringPrototypeCharCodeAt,
  SymbolAsyncIterator,
  isCallable,
  isObject,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { EmitterConstructor } from './events.ts'
import { abortErrorFor, invalidArgType, nodeError } from './errors.ts'

export interface ReadlineServices {
  realm: PromiseRealm
  EventEmitter: EmitterConstructor
  /** events.on with the first event argument per step (readline's async iterator). */
  iterate(emitter: unknown, event: unknown, options: unknown, firstParam: boolean): object
  addEventListener(target: object, type: string, listener: () => void, options?: object): void
}

type AnyFunction = (...args: unknown[]) => unknown
type Emitter = { emit(type: string, ...args: unknown[]): boolean; on(type: string, listener: AnyFunction): unknown }

const call = (target: unknown, method: string, args: unknown[]) => {
  const fn = isObject(target) ? ReflectGet(target, method) : undefined
  return isCallable(fn) ? ReflectApply(fn, target, args) : undefined
}

export function createReadline(services: ReadlineServices) {
  const Base = services.EventEmitter as unknown as new () => Emitter
  const { realm } = services

  class Interface extends Base {
    terminal = false
    line = ''
    input: unknown
    output: unknown
    closed = false
    #prompt = '> '
    #pending = ''
    #sawReturn = false
    #question: AnyFunction | undefined
    #paused = false

    constructor(input: unknown, output?: unknown) {
      super()
      let options: Record<string, unknown> = {}
      if (isObject(input) && ReflectGet(input, 'input') !== undefined) {
        options = input as Record<string, unknown>
        input = options.input
        output = options.output
      }
      if (!isObject(input) || !isCallable(ReflectGet(input, 'on'))) throw invalidArgType('input', 'Readable stream', input)
      this.input = input
      this.output = output
      if (typeof options.prompt === 'string') this.#prompt = options.prompt
      call(input, 'on', ['data', (chunk: unknown) => this.#onData(StringCtor(chunk))])
      call(input, 'on', ['end', () => this.#onEnd()])
      call(input, 'resume', [])
    }

    #onData(text: string): void {
      if (this.closed) return
      for (let i = 0; i < text.length; i++) {
        const code = StringPrototypeCharCodeAt(text, i)
        if (code === 10 || code === 13) {
          if (code === 10 && this.#sawReturn) {
            this.#sawReturn = false
            continue
          }
          this.#sawReturn = code === 13
          const line = this.#pending
          this.#pending = ''
          this.#onLine(line)
          if (this.closed) return
        } else {
          this.#sawReturn = false
          this.#pending += text[i]!
        }
      }
    }

    #onLine(line: string): void {
      if (this.#question) {
        const callback = this.#question
        this.#question = undefined
        ReflectApply(callback, undefined, [line])
        return
      }
      this.emit('line', line)
    }

    #onEnd(): void {
      if (this.#pending.length > 0) {
        const line = this.#pending
        this.#pending = ''
        this.#onLine(line)
      }
      this.close()
    }

    setPrompt(prompt: unknown): void {
      this.#prompt = StringCtor(prompt)
    }

    getPrompt(): string {
      return this.#prompt
    }

    prompt(): void {
      if (this.closed) throw closedError()
      call(this.output, 'write', [this.#prompt])
    }

    /** Returns nothing here; readline/promises' override returns the answer's promise. */
    question(query: unknown, options?: unknown, callback?: unknown): unknown {
      if (isCallable(options)) callback = options
      if (this.closed) throw closedError()
      if (!isCallable(callback)) return
      if (this.#question) {
        call(this.output, 'write', [StringCtor(query)])
        return
      }
      this.#question = callback
      call(this.output, 'write', [StringCtor(query)])
    }

    write(data: unknown): void {
      if (this.closed) throw closedError()
      this.#onData(StringCtor(data))
    }

    pause(): this {
      if (this.#paused) return this
      this.#paused = true
      call(this.input, 'pause', [])
      this.emit('pause')
      return this
    }

    resume(): this {
      if (!this.#paused) return this
      this.#paused = false
      call(this.input, 'resume', [])
      this.emit('resume')
      return this
    }

    close(): void {
      if (this.closed) return
      this.closed = true
      this.#question = undefined
      call(this.input, 'pause', [])
      this.emit('close')
    }

    [SymbolAsyncIterator](): object {
      return services.iterate(this, 'line', { close: ['close'] }, true)
    }
  }

  class PromiseInterface extends Interface {
    override question(query: unknown, options?: unknown): Promise<string> {
      const capability = realm.newCapability(PromiseOrigin.Constructor)
      const signal = isObject(options)
        ? (ReflectGet(options, 'signal') as ({ aborted: boolean; reason: unknown } & object) | undefined)
        : undefined
      if (signal?.aborted) {
        realm.reject(capability, abortErrorFor(signal.reason))
        return capability.promise as Promise<string>
      }
      try {
        super.question(query, {}, (answer: unknown) => realm.resolve(capability, answer))
      } catch (error) {
        realm.reject(capability, error)
      }
      if (signal) services.addEventListener(signal, 'abort', () => realm.reject(capability, abortErrorFor(signal.reason)), { once: true })
      return capability.promise as Promise<string>
    }
  }

  const closedError = (): Error => nodeError(ErrorCtor, 'ERR_USE_AFTER_CLOSE', 'readline was closed')

  const callbacks = {
    Interface,
    createInterface: (input: unknown, output?: unknown) => new Interface(input, output),
  }
  const promises = {
    Interface: PromiseInterface,
    createInterface: (input: unknown, output?: unknown) => new PromiseInterface(input, output),
  }
  return { readline: { ...callbacks, promises }, promises }
}
