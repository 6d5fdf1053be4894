/**
 * The console runs in the learner's realm: a program may have replaced any
 * built-in method, and its getters, proxies and custom inspectors may throw.
 * Formatting must still work (through the primordials captured at load) and
 * no throw may escape a console call.
 */
import util from 'node:util'
import { describe, expect, test } from 'vitest'
import { createConsole } from '../../../app/engine/runtime/console/console.ts'
import { formatWithOptions } from '../../../app/engine/runtime/console/format.ts'
import { inspect } from '../../../app/engine/runtime/console/inspect.ts'

const { defineProperty, getOwnPropertyDescriptor } = Object
const { deleteProperty } = Reflect

function boom(): never {
  throw new Error('patched built-in called')
}

/** [owner, key] pairs a hostile program might overwrite. */
function patchTargets(): [object, PropertyKey][] {
  const mapIteratorPrototype = Object.getPrototypeOf(new Map().entries()) as object
  const setIteratorPrototype = Object.getPrototypeOf(new Set().values()) as object
  const arrayIteratorPrototype = Object.getPrototypeOf([].values()) as object
  const names = (owner: object, keys: PropertyKey[]): [object, PropertyKey][] => keys.map((key) => [owner, key])
  return [
    ...names(String.prototype, [
      'slice',
      'split',
      'replace',
      'replaceAll',
      'indexOf',
      'lastIndexOf',
      'includes',
      'startsWith',
      'endsWith',
      'repeat',
      'padStart',
      'padEnd',
      'charCodeAt',
      'codePointAt',
      'normalize',
      'toUpperCase',
      'trim',
      Symbol.iterator,
      Symbol.split,
    ]),
    ...names(Array.prototype, [
      'join',
      'push',
      'pop',
      'slice',
      'splice',
      'map',
      'filter',
      'forEach',
      'includes',
      'indexOf',
      'sort',
      'concat',
      'unshift',
      Symbol.iterator,
    ]),
    ...names(Object, [
      'keys',
      'entries',
      'assign',
      'getOwnPropertyNames',
      'getOwnPropertySymbols',
      'getOwnPropertyDescriptor',
      'getPrototypeOf',
      'defineProperty',
      'create',
      'setPrototypeOf',
    ]),
    ...names(Object.prototype, ['toString', 'hasOwnProperty', 'propertyIsEnumerable']),
    ...names(Reflect, ['ownKeys', 'apply', 'get', 'has', 'defineProperty']),
    ...names(Function.prototype, ['call', 'apply', 'bind', 'toString']),
    ...names(Map.prototype, ['get', 'set', 'has', 'entries', 'forEach', Symbol.iterator]),
    ...names(Set.prototype, ['values', 'add', 'has', 'forEach', Symbol.iterator]),
    ...names(mapIteratorPrototype, ['next']),
    ...names(setIteratorPrototype, ['next']),
    ...names(arrayIteratorPrototype, ['next']),
    ...names(RegExp.prototype, ['exec', 'test', 'toString', Symbol.replace, Symbol.split, Symbol.match]),
    ...names(JSON, ['stringify']),
    ...names(Number.prototype, ['toString', 'toFixed']),
    ...names(Symbol.prototype, ['toString']),
    ...names(Date.prototype, ['toISOString', 'toString']),
    ...names(Error.prototype, ['toString']),
    ...names(Math, ['max', 'min', 'floor', 'round', 'sqrt']),
    ...names(globalThis, ['String', 'Number']),
  ]
}

/** Runs `body` with every target replaced by a throwing function, restoring them afterwards. */
function withHostileRealm<T>(body: () => T): T {
  const targets = patchTargets()
  const saved = targets.map(([owner, key]) => getOwnPropertyDescriptor(owner, key))
  // Plain index loops only: once patched, destructuring and for…of would throw here too.
  let patched = 0
  try {
    for (; patched < targets.length; patched++) {
      defineProperty(targets[patched]![0], targets[patched]![1], { value: boom, writable: true, configurable: true })
    }
    return body()
  } finally {
    for (let i = patched - 1; i >= 0; i--) {
      const owner = targets[i]![0]
      const key = targets[i]![1]
      if (saved[i] === undefined) deleteProperty(owner, key)
      else defineProperty(owner, key, saved[i]!)
    }
  }
}

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

function sampleValue(): unknown {
  const circular: Record<string, unknown> = { name: 'loop' }
  circular.self = circular
  const error = new RangeError('out of range')
  error.stack = 'RangeError: out of range\n    at main (program.ts:1:1)'
  return {
    text: "it's a string\nwith lines",
    numbers: Array.from({ length: 30 }, (_, i) => i * 7),
    words: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'],
    sparse: [1, , 3],
    map: new Map<unknown, unknown>([
      ['a', 1],
      [{ k: 1 }, [1, 2]],
    ]),
    set: new Set(['x', 2n]),
    point: new Point(1, 2),
    nullProto: Object.assign(Object.create(null), { a: 1 }),
    [Symbol('sym')]: -0,
    date: new Date(0),
    regexp: /a+b/gi,
    fn: function named() {},
    klass: Point,
    boxed: new String('boxed'),
    typed: new Uint8Array([1, 2, 3]),
    error: Object.assign(error, { code: 'E_RANGE' }),
    circular,
    long: 'x'.repeat(120),
    get getter() {
      return 1
    },
  }
}

describe('a realm whose built-ins were replaced', () => {
  test('inspect still formats a rich value exactly as Node does when String.prototype.slice, Array.prototype.join/push, Object.keys and iteration throw', () => {
    const value = sampleValue()
    const ours = withHostileRealm(() => inspect(value))
    expect(ours).toBe(util.inspect(value))
  })

  test('inspect with showHidden and sorted still matches Node in a hostile realm', () => {
    const value = sampleValue()
    const options = { showHidden: true, sorted: true, depth: 4 }
    const ours = withHostileRealm(() => inspect(value, options))
    expect(ours).toBe(util.inspect(value, options))
  })

  test('format still substitutes every specifier as Node does in a hostile realm', () => {
    const args = [
      '%s %d %i %f %j %o %O %c %% done',
      'str',
      42,
      3.9,
      '1.5',
      { a: [1] },
      [1],
      { b: { c: {} } },
      'css',
      'extra',
      { tail: true },
    ]
    const ours = withHostileRealm(() => formatWithOptions({}, args))
    expect(ours).toBe(util.format(...args))
  })

  test('the console logs, groups, counts and draws tables in a hostile realm', () => {
    const lines: string[] = []
    // The sink is the runtime's: it must not use the patched built-ins either.
    const c = createConsole({ sink: { write: (level, text) => void (lines[lines.length] = `${level}|${text}`) }, now: () => 0 })
    withHostileRealm(() => {
      c.group!('group')
      c.log!('%s=%d', 'n', 1, { nested: [1, 2] })
      c.count!()
      c.table!([{ a: 1 }, { b: 'x' }])
      c.groupEnd!()
      c.assert!(false, 'checked')
      c.time!('t')
      c.timeEnd!('t')
    })
    expect(lines).toEqual([
      'log|group',
      'log|  n=1 { nested: [ 1, 2 ] }',
      'log|  default: 1',
      "log|  ┌─────────┬───┬─────┐\n  │ (index) │ a │ b   │\n  ├─────────┼───┼─────┤\n  │ 0       │ 1 │     │\n  │ 1       │   │ 'x' │\n  └─────────┴───┴─────┘",
      'warn|Assertion failed: checked',
      'log|t: 0ms',
    ])
  })

  test('an index setter planted on Array.prototype cannot make a console call throw', () => {
    const c = createConsole({ sink: { write: () => {} }, now: () => 0 })
    defineProperty(Array.prototype, '0', { set: boom, configurable: true })
    try {
      expect(() => c.log!({ a: [1, 2] }, 'x')).not.toThrow()
      expect(() => inspect(new Map([[1, 2]]))).not.toThrow()
    } finally {
      Reflect.deleteProperty(Array.prototype, '0')
    }
  })
})

describe('learner code that throws while being formatted', () => {
  test('a throwing custom inspect method prints a placeholder instead of throwing', () => {
    const value = { inner: { [util.inspect.custom]: boom } }
    expect(inspect(value)).toBe('{ inner: [Inspection threw Error: patched built-in called] }')
  })

  test('a throwing Symbol.toStringTag getter leaves the tag out', () => {
    class Shy {
      get [Symbol.toStringTag]() {
        return boom()
      }
      v = 1
    }
    expect(inspect(new Shy())).toBe('Shy { v: 1 }')
  })

  test('a throwing static name getter replaces only that value with a placeholder', () => {
    class Nameless {
      static get name(): string {
        return boom()
      }
    }
    expect(inspect([new Nameless()])).toBe('[ [Inspection threw Error: patched built-in called] ]')
  })

  test('a throwing Symbol.hasInstance is treated as "not an instance", as Node does', () => {
    class Odd {
      static [Symbol.hasInstance](): boolean {
        return boom()
      }
      v = 1
    }
    const value = new Odd()
    expect(inspect(value)).toBe(util.inspect(value))
  })

  test('throwing error getters for stack, name, message and cause still print the error', () => {
    const error = new Error('kept')
    // 'stack' first: redefining it makes V8 format the pending stack with the real name and message.
    for (const key of ['stack', 'name', 'message', 'cause']) defineProperty(error, key, { get: boom, configurable: true })
    expect(inspect(error)).toBe('[Error] { [cause]: [Getter] }')
    expect(inspect({ error })).toBe('{ error: [Error] { [cause]: [Getter] } }')
  })

  test('%s, %d, %i and %f with throwing conversions print placeholders instead of throwing', () => {
    const hostile = { toString: boom, valueOf: boom }
    expect(formatWithOptions({}, ['%s|%d|%i|%f', hostile, hostile, hostile, hostile])).toBe(
      '[Inspection threw Error: patched built-in called]|[Inspection threw Error: patched built-in called]|[Inspection threw Error: patched built-in called]|[Inspection threw Error: patched built-in called]',
    )
  })

  test('%j on a BigInt or a throwing toJSON prints a placeholder instead of throwing', () => {
    expect(formatWithOptions({}, ['%j %j', 1n, { toJSON: boom }])).toBe(
      '[Inspection threw TypeError: Do not know how to serialize a BigInt] [Inspection threw Error: patched built-in called]',
    )
  })

  test('a console label that cannot be converted to a string does not throw', () => {
    const lines: string[] = []
    const c = createConsole({ sink: { write: (_level, text) => void lines.push(text) }, now: () => 0 })
    c.count!(Symbol('s'))
    c.count!({ toString: boom })
    c.assert!(false, { toString: boom })
    expect(lines).toEqual([
      'Symbol(s): 1',
      '[Inspection threw Error: patched built-in called]: 1',
      'Assertion failed: [Inspection threw Error: patched built-in called]',
    ])
  })

  test('getters are never invoked by inspect', () => {
    let calls = 0
    const value = {
      get g() {
        calls++
        return 1
      },
    }
    expect(inspect(value)).toBe(util.inspect(value))
    expect(calls).toBe(0)
  })

  test('deep recursion is interrupted as Node does instead of overflowing the stack', () => {
    let list: Record<string, unknown> = {}
    for (let i = 0; i < 20_000; i++) list = { next: list }
    const text = inspect(list, { depth: Infinity })
    expect(text).toContain('Inspection interrupted prematurely. Maximum call stack size exceeded.')
  })
})
