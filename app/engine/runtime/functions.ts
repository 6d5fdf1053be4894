import {
  FunctionPrototypeToString,
  NativeFunction,
  NativeWeakMap,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectOwnKeys,
  RegExpPrototypeExec,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeStartsWith,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
  isCallable,
  isObject,
} from './primordials.ts'

/** The realm's own function prototypes, so lowered functions still look like what they were. */
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {}) as object
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {}) as object
const GeneratorFunctionPrototype = ObjectGetPrototypeOf(function* () {}) as object
/** %AsyncGeneratorPrototype%: what every async generator object inherits from, through its function's `prototype`. */
export const AsyncGeneratorPrototype = (AsyncGeneratorFunctionPrototype as { prototype: object }).prototype

const ASYNC_BODY = /^[^{]*\{\s*(?:const \$ll_sup = [^;]*;\s*)?return \$ll_a\(/
const ASYNC_GENERATOR_BODY = /^[^{]*\{\s*(?:const \$ll_sup = [^;]*;\s*)?return \$ll_ag\(/
const GENERATOR_BODY = /^[^{]*\{\s*const \$ll_f = \$ll_eg\(/
const FUNCTION_ID = /\$ll_(?:e|eg|a|ag)\((\d+)/

type LoweredKind = 'AsyncFunction' | 'AsyncGeneratorFunction' | 'GeneratorFunction'

/**
 * A lowered `async function` / `async function*` is an ordinary function
 * (constructible, with a `prototype` of its own) that starts a coroutine. The
 * program gets a stand-in instead: a method (so not a constructor), with the
 * name, length, [[Prototype]] and `prototype` the real function would have,
 * which calls the lowered one. This maps each stand-in to what it stands for.
 */
const standIns = new NativeWeakMap<object, { inner: (...args: unknown[]) => unknown; kind: LoweredKind }>()

/**
 * The async generator function being called, from its stand-in to the
 * coroutine driver: an async generator object's [[Prototype]] is its
 * function's `prototype` (OrdinaryCreateFromConstructor), which the lowered
 * body cannot name. Set right before the lowered function runs; taken once.
 */
let calleeSlot: object | undefined

/** The function whose `prototype` the async generator object being created inherits from (once per call). */
export function takeAsyncGeneratorCallee(): object | undefined {
  const callee = calleeSlot
  calleeSlot = undefined
  return callee
}

/** What a compiled function was in the learner's source: read from how its body starts. */
export function loweredFunctionKind(fn: unknown): LoweredKind | undefined {
  if (!isCallable(fn)) return undefined
  const standIn = WeakMapPrototypeGet(standIns, fn)
  if (standIn) return standIn.kind
  let text: string
  try {
    text = FunctionPrototypeToString(fn)
  } catch {
    return undefined
  }
  if (RegExpPrototypeExec(ASYNC_GENERATOR_BODY, text)) return 'AsyncGeneratorFunction'
  if (RegExpPrototypeExec(ASYNC_BODY, text)) return 'AsyncFunction'
  if (RegExpPrototypeExec(GENERATOR_BODY, text)) return 'GeneratorFunction'
  return undefined
}

function defineValue(target: object, key: PropertyKey, value: unknown, writable = false): void {
  ObjectDefineProperty(target, key, { value, writable, enumerable: false, configurable: true })
}

/** The stand-in of a lowered `function` (see `standIns`). */
function standInFor(inner: (...args: unknown[]) => unknown, kind: 'AsyncFunction' | 'AsyncGeneratorFunction'): object {
  const generator = kind === 'AsyncGeneratorFunction'
  const holder = generator
    ? {
        f(this: unknown, ...args: unknown[]): unknown {
          calleeSlot = standIn
          return ReflectApply(inner, this, args)
        },
      }
    : {
        f(this: unknown, ...args: unknown[]): unknown {
          return ReflectApply(inner, this, args)
        },
      }
  const standIn = ObjectGetOwnPropertyDescriptor(holder, 'f')!.value as (...args: unknown[]) => unknown
  ObjectSetPrototypeOf(standIn, generator ? AsyncGeneratorFunctionPrototype : AsyncFunctionPrototype)
  defineValue(standIn, 'length', inner.length)
  defineValue(standIn, 'name', inner.name)
  if (generator) {
    ObjectDefineProperty(standIn, 'prototype', {
      value: ObjectCreate(AsyncGeneratorPrototype),
      writable: true,
      enumerable: false,
      configurable: false,
    })
  }
  WeakMapPrototypeSet(standIns, standIn, { inner, kind })
  return standIn
}

/**
 * `$ll_mk(fn, name?, length?)`: what a lowered async function or async
 * generator is to the program. A `function` becomes its stand-in; an arrow
 * (already no constructor, no `prototype`) gets the AsyncFunction
 * [[Prototype]]. `name` is the name NamedEvaluation gives an anonymous
 * function (`const load = async () => …`), `length` the count of parameters
 * before the first default or rest when the lowering had to move them.
 */
export function markFunction<T>(fn: T, name?: string, length?: number): T {
  const kind = loweredFunctionKind(fn)
  if (kind !== 'AsyncFunction' && kind !== 'AsyncGeneratorFunction') return fn
  const target = fn as unknown as (...args: unknown[]) => unknown
  let result: object = target
  if (ObjectPrototypeHasOwnProperty(target, 'prototype')) result = standInFor(target, kind)
  else ObjectSetPrototypeOf(target, kind === 'AsyncFunction' ? AsyncFunctionPrototype : AsyncGeneratorFunctionPrototype)
  if (name !== undefined && (result as { name?: unknown }).name === '') defineValue(result, 'name', name)
  if (length !== undefined) defineValue(result, 'length', length)
  return result as T
}

/**
 * `$ll_mc(classOrObject)`: marks the lowered methods of a class (static and
 * prototype) or an object literal. Async methods keep their own function
 * object (methods are no constructors); async generator methods get a
 * stand-in, which has the `prototype` their generator objects inherit from.
 */
export function markMethods<T>(container: T): T {
  const markOwn = (target: unknown) => {
    if (!isObject(target)) return
    const keys = ReflectOwnKeys(target)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (key === 'constructor') continue
      const descriptor = ObjectGetOwnPropertyDescriptor(target, key)
      if (!descriptor || !('value' in descriptor) || !isCallable(descriptor.value)) continue
      const method = descriptor.value
      const kind = loweredFunctionKind(method)
      if (kind === 'AsyncFunction') ObjectSetPrototypeOf(method, AsyncFunctionPrototype)
      else if (kind === 'AsyncGeneratorFunction' && !WeakMapPrototypeGet(standIns, method)) {
        ObjectDefineProperty(target, key, {
          value: standInFor(method, kind),
          writable: descriptor.writable,
          enumerable: descriptor.enumerable,
          configurable: descriptor.configurable,
        })
      }
    }
  }
  markOwn(container)
  if (isCallable(container)) markOwn((container as { prototype?: unknown }).prototype)
  return container
}

/** What the program is made of, to tell its functions from the runtime's. */
export interface ProgramSources {
  /** Original source of each compiled function, by function id. */
  functionTexts: readonly string[]
  /** The compiled program: the source of every function the program made (a class too) is part of it. */
  code: string
  /**
   * Whether a function is one of the runtime's own proxies (`Promise`, `Proxy`): V8 prints a proxy,
   * like a bound function, as `function () { [native code] }`, but these stand for the host's functions.
   */
  isRuntimeProxy(this: void, fn: object): boolean
}

const NATIVE_SUFFIX = '{ [native code] }'

/** The `name` a native function's text shows: its own data property, if a string. */
function nativeName(fn: object): string {
  const descriptor = ObjectGetOwnPropertyDescriptor(fn, 'name')
  return descriptor && typeof descriptor.value === 'string' ? descriptor.value : ''
}

/**
 * The source text `Function.prototype.toString` gives the program: the
 * learner's own source for compiled functions and their stand-ins, V8's for
 * natives and the program's classes, and for every function the runtime
 * provides in place of the host's (Promise, timers, console…), the native
 * form `function name() { [native code] }`, so no engine source shows.
 */
export function presentedSource(fn: (...args: unknown[]) => unknown, sources: ProgramSources): string {
  const standIn = WeakMapPrototypeGet(standIns, fn)
  const text = FunctionPrototypeToString(standIn ? standIn.inner : fn)
  // A class's compiled text holds its methods' ids: the first one names a method, not the class.
  const match = StringPrototypeStartsWith(text, 'class') ? null : RegExpPrototypeExec(FUNCTION_ID, text)
  if (match) {
    const original = sources.functionTexts[+match[1]!]
    if (original) return original
  }
  if (StringPrototypeEndsWith(text, NATIVE_SUFFIX)) {
    // Proxies and bound functions print without a name (Node's console methods are bound); the runtime's own proxies are functions to the program.
    if (text === `function () ${NATIVE_SUFFIX}` && sources.isRuntimeProxy(fn)) return `function ${nativeName(fn)}() ${NATIVE_SUFFIX}`
    return text
  }
  if (StringPrototypeIncludes(sources.code, text)) return text
  return `function ${nativeName(fn)}() ${NATIVE_SUFFIX}`
}

/** Options for the constructors that would build code from strings. */
export interface CodeFromStrings {
  /** Throws the learner-readable refusal for `what`. */
  refuse(what: string): never
}

/**
 * Makes `Function.prototype.toString` show the learner's source for compiled
 * functions, and closes the code-from-strings doors of the function
 * constructors (which would run outside the model) with stand-ins shaped as
 * V8's: constructors of length 1 inheriting from `Function`, whose
 * `prototype` is fixed.
 */
export function installFunctionIntrinsics(sources: ProgramSources, functionShim: object, code: CodeFromStrings): void {
  const toString = ObjectGetOwnPropertyDescriptor(
    {
      toString(this: unknown) {
        if (!isCallable(this)) return FunctionPrototypeToString(this)
        return presentedSource(this, sources)
      },
    },
    'toString',
  )!.value as () => string
  defineValue(NativeFunction.prototype, 'toString', toString, true)
  const install = (name: string, prototype: object) => {
    const shim = constructorShim(name, () => code.refuse(`new ${name}`))
    ObjectSetPrototypeOf(shim, functionShim)
    ObjectDefineProperty(shim, 'prototype', { value: prototype, writable: false, enumerable: false, configurable: false })
    ObjectDefineProperty(prototype, 'constructor', { value: shim, writable: false, enumerable: false, configurable: true })
  }
  install('AsyncFunction', AsyncFunctionPrototype)
  install('AsyncGeneratorFunction', AsyncGeneratorFunctionPrototype)
  install('GeneratorFunction', GeneratorFunctionPrototype)
}

/** A constructor of length 1 named `name` that refuses when called or constructed. */
export function constructorShim(name: string, refuse: () => never): object {
  const shim = function (_body: unknown) {
    refuse()
  }
  defineValue(shim, 'name', name)
  return shim
}
