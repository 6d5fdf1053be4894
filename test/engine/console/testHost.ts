/**
 * A test double of the modeled runtime's inspect host: WeakMap registries of
 * the promises, proxies, iterators, lowered functions and rewritten stacks
 * the tests create, so the formatter's output can be compared with Node's
 * for a real native promise / proxy / iterator in the same state.
 */
import type { AnyFunction } from '../../../app/engine/runtime/console/context.ts'
import type { InspectHost } from '../../../app/engine/runtime/console/inspect.ts'

type PromiseDetails = { state: 'pending' } | { state: 'fulfilled' | 'rejected'; value: unknown }
type Preview = { entries: unknown[]; isKeyValue: boolean }

export interface TestHost {
  host: InspectHost
  /** A native promise resolved with `value`, registered as fulfilled. */
  fulfilled<T>(value: T): Promise<T>
  /** A native promise rejected with `reason` (already handled), registered as rejected. */
  rejected(reason: unknown): Promise<never>
  /** A native promise that never settles, registered as pending. */
  pending(): Promise<never>
  /** Registers an existing native promise with a known state. */
  promise<P extends object>(promise: P, details: PromiseDetails): P
  /** A real Proxy whose target/handler the host can reveal (traps are never needed). */
  proxy<T extends object>(target: T, handler: ProxyHandler<T>): T
  /** A revoked Proxy, known to the host as such. */
  revokedProxy(): object
  /** A Map/Set iterator whose remaining entries the host can preview. */
  iterator(collection: Map<unknown, unknown> | Set<unknown>, kind: 'keys' | 'values' | 'entries'): object
  /** Marks `fn` as a lowered function of the given kind. */
  lowered<F extends AnyFunction>(fn: F, kind: 'AsyncFunction' | 'GeneratorFunction' | 'AsyncGeneratorFunction'): F
  /** Makes the host report `stack` for `error`. */
  rewriteStack<E extends object>(error: E, stack: string): E
}

export function createTestHost(): TestHost {
  const promises = new WeakMap<object, PromiseDetails>()
  const proxies = new WeakMap<object, { target: object | null; handler: object | undefined }>()
  const previews = new WeakMap<object, Preview>()
  const kinds = new WeakMap<AnyFunction, string>()
  const stacks = new WeakMap<object, string>()

  const host: InspectHost = {
    promiseState: (value) => promises.get(value),
    proxyTarget: (value) => proxies.get(value)?.target,
    proxyHandler: (value) => proxies.get(value)?.handler ?? undefined,
    previewEntries: (value) => previews.get(value),
    functionKind: (fn) => kinds.get(fn),
    errorStack: (error) => stacks.get(error),
  }

  const promise = <P extends object>(p: P, details: PromiseDetails): P => {
    promises.set(p, details)
    return p
  }

  return {
    host,
    promise,
    fulfilled: (value) => promise(Promise.resolve(value), { state: 'fulfilled', value }),
    rejected: (reason) => {
      const p = Promise.reject(reason)
      p.catch(() => {})
      return promise(p, { state: 'rejected', value: reason })
    },
    pending: () => promise(new Promise<never>(() => {}), { state: 'pending' }),
    proxy: (target, handler) => {
      const proxy = new Proxy(target, handler)
      proxies.set(proxy, { target, handler })
      return proxy
    },
    revokedProxy: () => {
      const { proxy, revoke } = Proxy.revocable({}, {})
      revoke()
      proxies.set(proxy, { target: null, handler: undefined })
      return proxy
    },
    iterator: (collection, kind) => {
      const isMap = collection instanceof Map
      const entries: unknown[] = []
      collection.forEach((value: unknown, key: unknown) => {
        if (kind === 'entries') entries.push(key, value)
        else entries.push(kind === 'keys' || !isMap ? key : value)
      })
      const iterator = kind === 'keys' ? collection.keys() : kind === 'values' ? collection.values() : collection.entries()
      previews.set(iterator, { entries, isKeyValue: kind === 'entries' })
      return iterator
    },
    lowered: (fn, kind) => {
      kinds.set(fn, kind)
      return fn
    },
    rewriteStack: (error, stack) => {
      stacks.set(error, stack)
      return error
    },
  }
}
