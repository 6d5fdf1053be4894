import {
  FunctionPrototypeToString,
  NativeFunction,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  RegExpPrototypeExec,
  isCallable,
  isObject,
} from './primordials.ts'

/** The realm's own function prototypes, so lowered functions still look like what they were. */
const AsyncFunctionPrototype = ObjectGetPrototypeOf(async function () {}) as object
const AsyncGeneratorFunctionPrototype = ObjectGetPrototypeOf(async function* () {}) as object

const ASYNC_BODY = /^[^{]*\{\s*(?:const \$ll_sup = [^;]*;\s*)?return \$ll_a\(/
const ASYNC_GENERATOR_BODY = /^[^{]*\{\s*(?:const \$ll_sup = [^;]*;\s*)?return \$ll_ag\(/
const GENERATOR_BODY = /^[^{]*\{\s*const \$ll_f = \$ll_eg\(/
const FUNCTION_ID = /\$ll_(?:e|eg|a|ag)\((\d+)/

/** What a compiled function was in the learner's source: read from how its body starts. */
export function loweredFunctionKind(fn: unknown): 'AsyncFunction' | 'AsyncGeneratorFunction' | 'GeneratorFunction' | undefined {
  if (!isCallable(fn)) return undefined
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

/** `$ll_mk(fn)`: gives a lowered async function the prototype of a native one. */
export function markFunction<T>(fn: T): T {
  const kind = loweredFunctionKind(fn)
  if (kind === 'AsyncFunction') ObjectSetPrototypeOf(fn, AsyncFunctionPrototype)
  else if (kind === 'AsyncGeneratorFunction') ObjectSetPrototypeOf(fn, AsyncGeneratorFunctionPrototype)
  return fn
}

/** `$ll_mc(classOrObject)`: marks the lowered methods of a class (static and prototype) or an object literal. */
export function markMethods<T>(container: T): T {
  const markOwn = (target: unknown) => {
    if (!isObject(target)) return
    const names = ObjectGetOwnPropertyNames(target)
    for (let i = 0; i < names.length; i++) {
      const descriptor = ObjectGetOwnPropertyDescriptor(target, names[i]!)
      if (descriptor && 'value' in descriptor && isCallable(descriptor.value) && names[i] !== 'constructor') markFunction(descriptor.value)
    }
  }
  markOwn(container)
  if (isCallable(container)) markOwn((container as { prototype?: unknown }).prototype)
  return container
}

/**
 * Makes `Function.prototype.toString` show the learner's source for compiled
 * functions, and closes the code-from-strings doors of the async function
 * constructors (which would run outside the model).
 */
export function installFunctionIntrinsics(functionTexts: readonly string[], refuse: (what: string) => () => never): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a built-in method, installed detached: it takes `this` from the program's call
  const toString = {
    toString(this: unknown) {
      const text = FunctionPrototypeToString(this)
      const match = RegExpPrototypeExec(FUNCTION_ID, text)
      if (match) {
        const original = functionTexts[+match[1]!]
        if (original) return original
      }
      return text
    },
  }.toString
  ObjectDefineProperty(NativeFunction.prototype, 'toString', { value: toString, writable: true, enumerable: false, configurable: true })
  const asyncShim = refuse('new AsyncFunction')
  ObjectDefineProperty(asyncShim, 'name', { value: 'AsyncFunction' })
  ObjectDefineProperty(asyncShim, 'prototype', { value: AsyncFunctionPrototype })
  ObjectDefineProperty(AsyncFunctionPrototype, 'constructor', { value: asyncShim, writable: false, enumerable: false, configurable: true })
  const asyncGeneratorShim = refuse('new AsyncGeneratorFunction')
  ObjectDefineProperty(asyncGeneratorShim, 'name', { value: 'AsyncGeneratorFunction' })
  ObjectDefineProperty(asyncGeneratorShim, 'prototype', { value: AsyncGeneratorFunctionPrototype })
  ObjectDefineProperty(AsyncGeneratorFunctionPrototype, 'constructor', {
    value: asyncGeneratorShim,
    writable: false,
    enumerable: false,
    configurable: true,
  })
  const generatorFunctionPrototype = ObjectGetPrototypeOf(function* () {}) as object
  const generatorShim = refuse('new GeneratorFunction')
  ObjectDefineProperty(generatorShim, 'name', { value: 'GeneratorFunction' })
  ObjectDefineProperty(generatorShim, 'prototype', { value: generatorFunctionPrototype })
  ObjectDefineProperty(generatorFunctionPrototype, 'constructor', {
    value: generatorShim,
    writable: false,
    enumerable: false,
    configurable: true,
  })
}
