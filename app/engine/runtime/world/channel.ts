import { IoKind } from '../../trace/events.ts'
import { ArrayIsArray, ArrayPrototypePush, ErrorCtor, JSONStringify, MathRound, StringCtor, StringPrototypeSlice } from '../primordials.ts'
import type { Capability } from '../promise/slots.ts'
import type { WorldContext } from './context.ts'
import { optionalMs, optionalString, optionsObject } from './validate.ts'

/** A receiver waiting for a message: `receive()` or the async iterator's `next()`. */
interface Waiter {
  readonly capability: Capability
  readonly iterating: boolean
}

/** A FIFO over the runtime's own array (no patchable `shift`). */
class Fifo<T> {
  private items: T[] = []
  private head = 0
  get size(): number {
    return this.items.length - this.head
  }
  push(item: T): void {
    ArrayPrototypePush(this.items, item)
  }
  shift(): T {
    const item = this.items[this.head]!
    this.items[this.head++] = undefined as T
    if (this.head === this.items.length) {
      this.items = []
      this.head = 0
    }
    return item
  }
}

/** A short text naming a message in a trace label. */
function preview(message: unknown): string {
  if (typeof message === 'string')
    return message.length > 24 ? `${JSONStringify(StringPrototypeSlice(message, 0, 23))}…` : JSONStringify(message)
  if (typeof message === 'object' && message !== null) return ArrayIsArray(message) ? `[…${message.length}]` : '{…}'
  return StringCtor(message)
}

/**
 * `world.channel(options)`: an asynchronous message channel. `send` clones
 * the message and delivers it after the channel's latency (an I/O task);
 * `receive()` takes the oldest message that arrived, or waits for the next
 * one; `for await` reads messages until the channel is closed and drained.
 */
export function createChannelFactory(ctx: WorldContext) {
  const { io, realm } = ctx
  let channels = 0

  return function channel(options?: unknown) {
    const where = 'world.channel'
    const o = optionsObject(where, options)
    const latencyUs = MathRound((optionalMs(where, 'latencyMs', o.latencyMs) ?? 0) * 1000)
    const name = optionalString(where, 'name', o.name) ?? `#${++channels}`
    const inbox = new Fifo<unknown>()
    const waiters = new Fifo<Waiter>()
    let inFlight = 0
    let closed = false

    const closedError = () => new ErrorCtor(`Channel ${name} is closed: no message will come.`)
    const drained = () => closed && inFlight === 0 && inbox.size === 0

    function settle(waiter: Waiter, value: unknown): void {
      realm.resolve(waiter.capability, waiter.iterating ? { value, done: false } : value)
    }

    function endWaiters(): void {
      if (!drained()) return
      while (waiters.size > 0) {
        const waiter = waiters.shift()
        if (waiter.iterating) realm.resolve(waiter.capability, { value: undefined, done: true })
        else realm.reject(waiter.capability, closedError())
      }
    }

    function deliver(message: unknown): void {
      inFlight--
      if (waiters.size > 0) settle(waiters.shift(), message)
      else inbox.push(message)
      endWaiters()
    }

    function take(iterating: boolean): object {
      const capability = ctx.newPromise()
      const waiter: Waiter = { capability, iterating }
      if (inbox.size > 0) settle(waiter, inbox.shift())
      else if (drained()) {
        if (iterating) realm.resolve(capability, { value: undefined, done: true })
        else realm.reject(capability, closedError())
      } else waiters.push(waiter)
      return capability.promise
    }

    const iterator = {
      next: () => take(true),
      return: (value?: unknown) => ctx.resolved({ value, done: true }),
      [Symbol.asyncIterator]() {
        return this
      },
    }

    return {
      name,
      /** Messages that arrived and wait to be received. */
      get size(): number {
        return inbox.size
      },
      get closed(): boolean {
        return closed
      },
      send(message: unknown): void {
        ctx.mainThreadOnly('channel.send')
        if (closed) throw new ErrorCtor(`Channel ${name} is closed: it cannot send any more.`)
        const data = ctx.clone(message)
        const to = typeof data === 'object' && data !== null ? (data as { to?: unknown }).to : undefined
        const label = typeof to === 'string' ? `channel ${name} → ${to}` : `channel ${name}: ${preview(data)}`
        inFlight++
        io.start(latencyUs, IoKind.ChannelMessage, label, () => deliver(data))
      },
      receive: () => take(false),
      close(): void {
        closed = true
        endWaiters()
      },
      [Symbol.asyncIterator]: () => iterator,
    }
  }
}
