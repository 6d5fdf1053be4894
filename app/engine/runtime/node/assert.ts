/**
 * `node:assert` and `node:assert/strict`, after Node 20's lib/assert.js: the
 * assertions programs and tutorials use, failing with an AssertionError
 * whose message is Node's (see assertDiff.ts), including `assert(x > 1)`'s
 * "The expression evaluated to a falsy value" quoting the program's source.
 */
import { PromiseOrigin, ReactionKind } from '../../trace/events.ts'
import {
  ErrorCaptureStackTrace,
  ErrorCtor,
  FunctionPrototypeSymbolHasInstance,
  ObjectDefineProperty,
  ObjectIs,
  ObjectKeys,
  ReflectApply,
  ReflectGet,
  RegExpPrototypeExec,
  RegExpPrototypeToString,
  StringCtor,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeSplit,
  isCallable,
  isObject,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import { isRegExp } from '../console/brands.ts'
import { READABLE_OPERATOR, errorDiff } from './assertDiff.ts'
import { isDeepEqual } from './deepEqual.ts'
import { invalidArgType } from './errors.ts'

export interface AssertServices {
  realm: PromiseRealm
  inspect(value: unknown, options?: Record<string, unknown>): string
  /** The program's source (for `assert(expression)`'s message). */
  source: string
}

type AnyFunction = (...args: unknown[]) => unknown

const FRAME = /:(\d+):(\d+)\)?$/

export function createAssert(services: AssertServices) {
  const { realm } = services
  const inspectValue = (value: unknown) =>
    services.inspect(value, {
      compact: false,
      customInspect: false,
      depth: 1000,
      maxArrayLength: Infinity,
      showHidden: false,
      showProxy: false,
      sorted: true,
      getters: true,
    })

  function messageFor(actual: unknown, expected: unknown, operator: string): string {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') return errorDiff(actual, expected, operator, inspectValue)
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = READABLE_OPERATOR[operator]!
      const res = StringPrototypeSplit(inspectValue(actual), '\n')
      if (operator === 'notStrictEqual' && (isObject(actual) || typeof actual === 'function'))
        base = READABLE_OPERATOR.notStrictEqualObject!
      if (res.length === 1) return `${base}${res[0]!.length > 5 ? '\n\n' : ' '}${res[0]!}`
      let joined = res[0]!
      for (let i = 1; i < res.length && i < 47; i++) joined += `\n${res[i]!}`
      return `${base}\n\n${joined}\n`
    }
    let res = inspectValue(actual)
    let other = inspectValue(expected)
    const known = READABLE_OPERATOR[operator]
    if (operator === 'notDeepEqual' && res === other) return `${known!}\n\n${res}`
    if (res.length > 512) res = `${StringPrototypeSlice(res, 0, 509)}...`
    if (other.length > 512) other = `${StringPrototypeSlice(other, 0, 509)}...`
    if (operator === 'deepEqual') res = `${known!}\n\n${res}\n\nshould loosely deep-equal\n\n`
    else if (READABLE_OPERATOR[`${operator}Unequal`])
      res = `${READABLE_OPERATOR[`${operator}Unequal`]!}\n\n${res}\n\nshould not loosely deep-equal\n\n`
    else other = ` ${operator} ${other}`
    return `${res}${other}`
  }

  /** Node 20 keeps the diff of strictEqual/deepStrictEqual under a custom message (the message replaces its header). */
  function customMessage(message: string, actual: unknown, expected: unknown, operator: string): string {
    if (operator !== 'strictEqual' && operator !== 'deepStrictEqual') return message
    const diff = errorDiff(actual, expected, operator, inspectValue)
    const headers = [READABLE_OPERATOR[operator]!, READABLE_OPERATOR.strictEqualObject!]
    for (let i = 0; i < headers.length; i++) {
      if (StringPrototypeSlice(diff, 0, headers[i]!.length) === headers[i])
        return `${message}${StringPrototypeSlice(diff, headers[i]!.length)}`
    }
    return diff
  }

  class AssertionError extends (ErrorCtor as new (message?: string) => Error) {
    generatedMessage!: boolean
    code!: string
    actual: unknown
    expected: unknown
    operator!: string
    constructor(options: { message?: unknown; actual?: unknown; expected?: unknown; operator?: string; stackStartFn?: unknown }) {
      if (!isObject(options)) throw invalidArgType('options', 'Object', options)
      const { message, actual, expected, operator = 'fail' } = options
      const text =
        message !== undefined && message !== null
          ? customMessage(StringCtor(message), actual, expected, operator)
          : messageFor(actual, expected, operator)
      super(text)
      const define = (key: string, value: unknown, enumerable = true) =>
        ObjectDefineProperty(this, key, { value, writable: true, enumerable, configurable: true })
      define('generatedMessage', message === undefined || message === null)
      define('name', 'AssertionError [ERR_ASSERTION]', false)
      define('code', 'ERR_ASSERTION')
      define('actual', actual)
      define('expected', expected)
      define('operator', operator)
      ErrorCaptureStackTrace?.(this, options.stackStartFn ?? AssertionError)
      ReflectGet(this, 'stack')
      define('name', 'AssertionError', false)
    }
    override toString(): string {
      return `${this.name} [${this.code}]: ${this.message}`
    }
  }

  function fail(details: {
    message?: unknown
    actual?: unknown
    expected?: unknown
    operator: string
    stackStartFn: unknown
    /** Whether a message computed here counts as generated (Node's regexp and class checks). */
    generated?: boolean
  }): never {
    if (details.message instanceof ErrorCtor) throw details.message
    const error = new AssertionError(details)
    if (details.generated)
      ObjectDefineProperty(error, 'generatedMessage', { value: true, writable: true, enumerable: true, configurable: true })
    throw error
  }

  /** The source of the call that failed (`assert(x > 1)`), as Node quotes it. */
  function callSource(stackStartFn: unknown): string | undefined {
    const holder: { stack?: unknown } = {}
    ErrorCaptureStackTrace?.(holder, stackStartFn)
    const stack = typeof holder.stack === 'string' ? StringPrototypeSplit(holder.stack, '\n') : []
    const match = stack.length > 1 ? RegExpPrototypeExec(FRAME, stack[1]!) : null
    if (!match) return undefined
    const lines = StringPrototypeSplit(services.source, '\n')
    const line = lines[+match[1]! - 1]
    if (line === undefined) return undefined
    let start = +match[2]! - 1
    while (start > 0 && isNamePart(StringPrototypeCharCodeAt(line, start - 1))) start--
    let depth = 0
    let end = start
    let quote = 0
    for (; end < line.length; end++) {
      const c = StringPrototypeCharCodeAt(line, end)
      if (quote !== 0) {
        if (c === quote) quote = 0
        continue
      }
      if (c === 39 || c === 34 || c === 96) quote = c
      else if (c === 40) depth++
      else if (c === 41 && --depth === 0) {
        end++
        break
      }
    }
    return StringPrototypeSlice(line, start, end)
  }

  function innerOk(fn: unknown, argLength: number, value: unknown, message: unknown): void {
    if (value) return
    let generated = false
    if (argLength === 0) message = 'No value argument passed to `assert.ok()`'
    else if (message === undefined || message === null) {
      const source = callSource(fn)
      message =
        source !== undefined ? `The expression evaluated to a falsy value:\n\n  ${source}\n` : 'The expression evaluated to a falsy value'
      generated = true
    }
    const error = new AssertionError({ message, actual: value, expected: true, operator: '==', stackStartFn: fn })
    if (generated) ObjectDefineProperty(error, 'generatedMessage', { value: true, writable: true, enumerable: true, configurable: true })
    throw error
  }

  function checkError(actual: unknown, expected: unknown, message: unknown, fn: unknown): void {
    if (expected === undefined) return
    if (isObject(expected) && isRegExp(expected)) {
      const text = StringCtor(actual)
      if (RegExpPrototypeExec(expected, text) !== null) return
      fail({
        message:
          message ??
          `The input did not match the regular expression ${RegExpPrototypeToString(expected)}. Input:\n\n${services.inspect(text)}\n`,
        actual,
        expected,
        operator: fn === throws ? 'throws' : 'rejects',
        stackStartFn: fn,
        generated: message === undefined,
      })
    }
    if (isCallable(expected)) {
      const prototype = ReflectGet(expected, 'prototype')
      if (prototype !== undefined && isObject(actual) && FunctionPrototypeSymbolHasInstance(expected, actual)) return
      if (prototype !== undefined && isObject(prototype) && FunctionPrototypeSymbolHasInstance(ErrorCtor, prototype)) {
        const name = StringCtor(ReflectGet(expected, 'name'))
        const got = isObject(actual) ? StringCtor(ReflectGet(ReflectGet(actual, 'constructor') as object, 'name')) : typeof actual
        fail({
          message:
            message ??
            `The error is expected to be an instance of "${name}". Received "${got}"\n\nError message:\n\n${StringCtor(ReflectGet(actual as object, 'message'))}`,
          actual,
          expected,
          operator: fn === throws ? 'throws' : 'rejects',
          stackStartFn: fn,
        })
      }
      const result = ReflectApply(expected, undefined, [actual])
      if (result !== true) {
        fail({
          message:
            message ??
            `The validation function is expected to return "true". Received ${services.inspect(result)}\n\nCaught error:\n\n${services.inspect(actual)}`,
          actual,
          expected,
          operator: fn === throws ? 'throws' : 'rejects',
          stackStartFn: fn,
        })
      }
      return
    }
    if (isObject(expected)) {
      const keys = ObjectKeys(expected)
      const a: Record<string, unknown> = {}
      const b: Record<string, unknown> = {}
      let equal = true
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!
        const want = ReflectGet(expected, key)
        const got = isObject(actual) ? ReflectGet(actual, key) : undefined
        a[key] = got
        b[key] = want
        if (
          isObject(want) && isRegExp(want) && typeof got === 'string'
            ? RegExpPrototypeExec(want, got) === null
            : !isDeepEqual(got, want, true)
        )
          equal = false
      }
      if (equal) return
      class Comparison {
        constructor(values: Record<string, unknown>) {
          for (let i = 0; i < keys.length; i++)
            ObjectDefineProperty(this, keys[i]!, { value: values[keys[i]!], writable: true, enumerable: true, configurable: true })
        }
      }
      fail({ message, actual: new Comparison(a), expected: new Comparison(b), operator: 'deepStrictEqual', stackStartFn: fn })
    }
  }

  function throws(fn: unknown, expected?: unknown, message?: unknown): void {
    if (!isCallable(fn)) throw invalidArgType('fn', 'function', fn)
    if (typeof expected === 'string') {
      message = expected
      expected = undefined
    }
    let threw = false
    let actual: unknown
    try {
      ReflectApply(fn, undefined, [])
    } catch (error) {
      threw = true
      actual = error
    }
    if (!threw) {
      const name = isCallable(expected) && ReflectGet(expected, 'name') ? ` (${StringCtor(ReflectGet(expected, 'name'))})` : ''
      fail({
        message: message === undefined ? `Missing expected exception${name}.` : `Missing expected exception${name}: ${StringCtor(message)}`,
        actual: undefined,
        expected,
        operator: 'throws',
        stackStartFn: throws,
      })
    }
    checkError(actual, expected, message, throws)
  }

  function doesNotThrow(fn: unknown, expected?: unknown, message?: unknown): void {
    if (!isCallable(fn)) throw invalidArgType('fn', 'function', fn)
    if (typeof expected === 'string') message = expected
    try {
      ReflectApply(fn, undefined, [])
    } catch (error) {
      const detail = message !== undefined ? `: ${StringCtor(message)}` : '.'
      fail({
        message: `Got unwanted exception${detail}\nActual message: "${StringCtor(ReflectGet(error as object, 'message'))}"`,
        actual: error,
        expected,
        operator: 'doesNotThrow',
        stackStartFn: doesNotThrow,
      })
    }
  }

  /** Runs `body` as Node's async assertion functions do: a promise of the runtime's, rejected with the failure. */
  function asyncAssertion(body: (resolve: () => void, reject: (error: unknown) => void) => void): object {
    const capability = realm.newCapability(PromiseOrigin.AsyncFunction)
    try {
      body(
        () => realm.resolve(capability, undefined),
        (error) => realm.reject(capability, error),
      )
    } catch (error) {
      realm.reject(capability, error)
    }
    return capability.promise
  }

  function awaited(promiseFn: unknown, onFulfilled: (value: unknown) => void, onRejected: (error: unknown) => void): void {
    const value = isCallable(promiseFn) ? ReflectApply(promiseFn, undefined, []) : promiseFn
    if (!isObject(value) || !isCallable(ReflectGet(value, 'then'))) {
      throw invalidArgType('promiseFn', 'function or an instance of Promise', value)
    }
    const capability = realm.newCapability(PromiseOrigin.Internal)
    realm.resolve(capability, value)
    realm.performThen(capability.promise, onFulfilled, onRejected, undefined, ReactionKind.Internal)
  }

  function rejects(promiseFn: unknown, expected?: unknown, message?: unknown): object {
    if (typeof expected === 'string') {
      message = expected
      expected = undefined
    }
    return asyncAssertion((resolve, reject) =>
      awaited(
        promiseFn,
        () => {
          try {
            fail({
              message: message === undefined ? 'Missing expected rejection.' : `Missing expected rejection: ${StringCtor(message)}`,
              actual: undefined,
              expected,
              operator: 'rejects',
              stackStartFn: rejects,
            })
          } catch (error) {
            reject(error)
          }
        },
        (error) => {
          try {
            checkError(error, expected, message, rejects)
            resolve()
          } catch (failure) {
            reject(failure)
          }
        },
      ),
    )
  }

  function doesNotReject(promiseFn: unknown, expected?: unknown, message?: unknown): object {
    if (typeof expected === 'string') message = expected
    return asyncAssertion((resolve, reject) =>
      awaited(promiseFn, resolve, (error) => {
        const detail = message !== undefined ? `: ${StringCtor(message)}` : '.'
        reject(
          new AssertionError({
            message: `Got unwanted rejection${detail}\nActual message: "${StringCtor(ReflectGet(error as object, 'message'))}"`,
            actual: error,
            expected,
            operator: 'doesNotReject',
            stackStartFn: doesNotReject,
          }),
        )
      }),
    )
  }

  function build(strict: boolean): AnyFunction & Record<string, unknown> {
    function ok(...args: unknown[]): void {
      innerOk(ok, args.length, args[0], args[1])
    }
    const assert = strict
      ? function strict(...args: unknown[]): void {
          innerOk(assert, args.length, args[0], args[1])
        }
      : function ok(...args: unknown[]): void {
          innerOk(assert, args.length, args[0], args[1])
        }
    const methods: Record<string, AnyFunction> = {
      fail: function fail_(message?: unknown) {
        fail({ message: message ?? 'Failed', operator: 'fail', stackStartFn: methods.fail })
      },
      ok,
      equal: function equal(actual: unknown, expected: unknown, message?: unknown) {
        if (actual != expected && (!(actual !== actual) || !(expected !== expected)))
          fail({ message, actual, expected, operator: '==', stackStartFn: equal })
      },
      notEqual: function notEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (actual == expected || (actual !== actual && expected !== expected))
          fail({ message, actual, expected, operator: '!=', stackStartFn: notEqual })
      },
      strictEqual: function strictEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (!ObjectIs(actual, expected)) fail({ message, actual, expected, operator: 'strictEqual', stackStartFn: strictEqual })
      },
      notStrictEqual: function notStrictEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (ObjectIs(actual, expected)) fail({ message, actual, expected, operator: 'notStrictEqual', stackStartFn: notStrictEqual })
      },
      deepEqual: function deepEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (!isDeepEqual(actual, expected, false)) fail({ message, actual, expected, operator: 'deepEqual', stackStartFn: deepEqual })
      },
      notDeepEqual: function notDeepEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (isDeepEqual(actual, expected, false)) fail({ message, actual, expected, operator: 'notDeepEqual', stackStartFn: notDeepEqual })
      },
      deepStrictEqual: function deepStrictEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (!isDeepEqual(actual, expected, true))
          fail({ message, actual, expected, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual })
      },
      notDeepStrictEqual: function notDeepStrictEqual(actual: unknown, expected: unknown, message?: unknown) {
        if (isDeepEqual(actual, expected, true))
          fail({ message, actual, expected, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual })
      },
      throws,
      doesNotThrow,
      rejects,
      doesNotReject,
      match: function match(string: unknown, regexp: unknown, message?: unknown) {
        if (!isObject(regexp) || !isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp)
        if (typeof string !== 'string' || RegExpPrototypeExec(regexp, string) === null) {
          const detail =
            typeof string !== 'string'
              ? `The "string" argument must be of type string. Received type ${typeof string} (${services.inspect(string)})`
              : `The input did not match the regular expression ${RegExpPrototypeToString(regexp)}. Input:\n\n${services.inspect(string)}\n`
          fail({
            message: message ?? detail,
            actual: string,
            expected: regexp,
            operator: 'match',
            stackStartFn: match,
            generated: message === undefined,
          })
        }
      },
      doesNotMatch: function doesNotMatch(string: unknown, regexp: unknown, message?: unknown) {
        if (!isObject(regexp) || !isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp)
        if (typeof string === 'string' && RegExpPrototypeExec(regexp, string) !== null) {
          fail({
            message:
              message ??
              `The input was expected to not match the regular expression ${RegExpPrototypeToString(regexp)}. Input:\n\n${services.inspect(string)}\n`,
            actual: string,
            expected: regexp,
            operator: 'doesNotMatch',
            stackStartFn: doesNotMatch,
          })
        }
      },
      ifError: function ifError(value: unknown) {
        if (value === null || value === undefined) return
        let message = 'ifError got unwanted exception: '
        message +=
          isObject(value) && typeof ReflectGet(value, 'message') === 'string'
            ? (ReflectGet(value, 'message') as string)
            : services.inspect(value)
        fail({ message, actual: value, expected: null, operator: 'ifError', stackStartFn: ifError })
      },
    }
    if (strict) {
      methods.equal = methods.strictEqual!
      methods.notEqual = methods.notStrictEqual!
      methods.deepEqual = methods.deepStrictEqual!
      methods.notDeepEqual = methods.notDeepStrictEqual!
    }
    const names = ObjectKeys(methods)
    for (let i = 0; i < names.length; i++)
      ObjectDefineProperty(assert, names[i]!, { value: methods[names[i]!], writable: true, enumerable: true, configurable: true })
    ObjectDefineProperty(assert, 'AssertionError', { value: AssertionError, writable: true, enumerable: true, configurable: true })
    return assert as AnyFunction & Record<string, unknown>
  }

  const loose = build(false)
  const strict = build(true)
  ObjectDefineProperty(loose, 'strict', { value: strict, writable: true, enumerable: true, configurable: true })
  ObjectDefineProperty(strict, 'strict', { value: strict, writable: true, enumerable: true, configurable: true })
  return { assert: loose, strict, AssertionError }
}

function isNamePart(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 46
  )
}
