/**
 * `process.stdin` on the node profile: the lines the world scripts
 * (`WorldConfig.stdin`, `world.stdin(lines, { delayMs })`) arrive one by
 * one, as if typed, each as an I/O completion; then the stream ends. With
 * no lines, it ends at once (as a Node program's stdin does when nothing
 * is piped in).
 */
import { IoKind } from '../../trace/events.ts'
import type { IoQueue } from '../hosts/ioQueue.ts'
import { ArrayPrototypePush, JSONStringify, MathRound, ReflectApply, StringPrototypeSlice } from '../primordials.ts'
import type { EmitterConstructor } from './events.ts'
import { withLeading } from './events.ts'

export interface StdinScript {
  lines: readonly string[]
  /** Time between two lines (default 100 ms, a quick typist). */
  delayMs: number
}

type Emitter = { emit: (type: string, ...args: unknown[]) => boolean; on(type: string, listener: (...args: unknown[]) => unknown): unknown }
/** EventEmitter: its instances, and the prototype's `on` that a subclass's own `on` calls on itself. */
type EmitterClass = {
  new (): Emitter
  readonly prototype: { on: (this: Emitter, type: string, listener: (...args: unknown[]) => unknown) => unknown }
}

export function createStdin(
  EventEmitter: EmitterConstructor,
  io: IoQueue,
  script: () => StdinScript,
  toBuffer: (text: string) => unknown,
): object {
  const Base = EventEmitter as unknown as EmitterClass
  const emit = (target: Emitter, type: string, ...args: unknown[]) => ReflectApply(target.emit, target, withLeading([type], args))

  class ReadStream extends Base {
    fd = 0
    isTTY = undefined
    readable = true
    #started = false
    #paused = true
    #encoding: string | undefined
    readonly #held: (string | null)[] = []

    override on(type: string, listener: (...args: unknown[]) => unknown): this {
      ReflectApply(Base.prototype.on, this, [type, listener])
      if (type === 'data') this.resume()
      return this
    }

    setEncoding(encoding: string): this {
      this.#encoding = encoding
      return this
    }

    resume(): this {
      this.#paused = false
      if (!this.#started) this.#start()
      while (!this.#paused && this.#held.length > 0) {
        const next = this.#held[0]!
        for (let i = 1; i < this.#held.length; i++) this.#held[i - 1] = this.#held[i]!
        this.#held.length--
        this.#deliver(next)
      }
      return this
    }

    pause(): this {
      this.#paused = true
      return this
    }

    #start(): void {
      this.#started = true
      const { lines, delayMs } = script()
      const step = MathRound(delayMs * 1000)
      let at = 0
      for (let i = 0; i <= lines.length; i++) {
        const line = i < lines.length ? `${lines[i]!}\n` : null
        if (line !== null) at += step
        const label = line === null ? 'stdin ends' : `stdin: ${StringPrototypeSlice(JSONStringify(lines[i]!), 0, 40)}`
        io.start(at, IoKind.Other, label, () => {
          if (this.#paused) ArrayPrototypePush(this.#held, line)
          else this.#deliver(line)
        })
      }
    }

    #deliver(line: string | null): void {
      if (line === null) {
        this.readable = false
        emit(this, 'end')
        emit(this, 'close')
        return
      }
      emit(this, 'data', this.#encoding === undefined ? toBuffer(line) : line)
    }
  }
  return new ReadStream()
}
