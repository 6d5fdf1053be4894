import { NativeProxy, NativeWeakMap, ReflectConstruct, ReflectGet, WeakMapPrototypeGet, WeakMapPrototypeSet } from '../primordials.ts'

/**
 * `Proxy`, remembering each proxy's target and handler so the console can
 * print the target (as Node does) without ever running a trap.
 */
export function createProxyRegistry() {
  const targets = new NativeWeakMap<object, object>()
  const handlers = new NativeWeakMap<object, object>()
  const remember = (proxy: object, target: object, handler: object) => {
    WeakMapPrototypeSet(targets, proxy, target)
    WeakMapPrototypeSet(handlers, proxy, handler)
  }
  const revocable = function revocable(target: object, handler: ProxyHandler<object>) {
    const result = NativeProxy.revocable(target, handler)
    remember(result.proxy, target, handler)
    return result
  }
  const Proxy = new NativeProxy(NativeProxy, {
    construct(native, args, newTarget) {
      const proxy = ReflectConstruct(native, args, newTarget)
      remember(proxy, args[0] as object, args[1] as object)
      return proxy
    },
    get(native, key, receiver) {
      return key === 'revocable' ? revocable : ReflectGet(native, key, receiver)
    },
  })
  return {
    Proxy,
    targetOf: (value: object) => WeakMapPrototypeGet(targets, value),
    handlerOf: (value: object) => WeakMapPrototypeGet(handlers, value),
  }
}
