/**
 * `formatWithOptions({}, args)` must equal Node's `util.format(...args)`.
 */
import util from 'node:util'
import { describe, expect, test } from 'vitest'
import { formatWithOptions } from '../../../app/engine/runtime/console/format.ts'

type Row = readonly [description: string, make: () => unknown[]]

const circular = (): Record<string, unknown> => {
  const a: Record<string, unknown> = { name: 'a' }
  a.self = a
  return a
}

const ROWS: Row[] = [
  ['%s and %d substituted in order', () => ['%s is %d years', 'Ann', 42]],
  ['%i truncating positive and negative floats', () => ['%i and %i', 3.9, -3.9]],
  ['%f parsing a numeric prefix, extra arguments appended', () => ['%f', '3.5abc', 'extra']],
  ['%d on a numeric string, a bigint and an object', () => ['%d %d %d', '42', 1n, {}]],
  ['%d on -0, null, undefined, booleans and a symbol', () => ['%d %d %d %d %d', -0, null, undefined, true, Symbol('s')]],
  ['%d on a boxed number and a hex string', () => ['%d %d', new Number(5), '0x10']],
  ['%i on a hex string, a bigint and a symbol', () => ['%i %i %i', '0x10', 12n, Symbol('s')]],
  ['%f on a symbol, an object and an exponent string', () => ['%f %f %f', Symbol('s'), {}, '1e3x']],
  ['%s on an object (inspected at depth 0) and an extra array', () => ['%s', { a: 1 }, ['x']]],
  ['%s on nested arrays past depth 0', () => ['%s', [1, [2, [3]]]]],
  ['%s on nested objects past depth 0', () => ['%s', { a: { b: 1 } }]],
  ['%s on null, undefined and a symbol', () => ['%s | %s | %s', null, undefined, Symbol('s')]],
  ['%s on a bigint and -0', () => ['%s %s', 12345678901234567890n, -0]],
  ['%s on numbers in exponent form', () => ['%s %s %s', 1e21, 1e-7, NaN]],
  [
    '%s on an error (its stack)',
    () => {
      const e = new Error('x')
      e.stack = 'Error: x\n    at f (a.js:1:1)'
      return ['%s', e]
    },
  ],
  ['%s on a date (inspected)', () => ['%s', new Date(0)]],
  [
    '%s on a function (its source)',
    () => [
      '%s',
      function f() {
        return 1
      },
    ],
  ],
  [
    '%s on a class with its own toString',
    () => [
      '%s',
      new (class A {
        toString() {
          return 'A!'
        }
      })(),
    ],
  ],
  [
    '%s on an object with an own toString',
    () => [
      '%s',
      {
        toString() {
          return 'str'
        },
        v: 2,
      },
    ],
  ],
  [
    '%s on a class instance without toString (inspected)',
    () => [
      '%s %s',
      new (class Foo {
        toString() {
          return 'FOO'
        }
      })(),
      new (class Bar {})(),
    ],
  ],
  ['%s on a null-prototype object', () => ['%s', Object.create(null)]],
  ['%s on a boxed string and a Map', () => ['%s %s', new String('boxed'), new Map([[1, 2]])]],
  ['%s on an empty array and a sparse array', () => ['%s %s', [], [, 1]]],
  ['%j as JSON', () => ['%j', { a: [1, 2] }]],
  ['%j on a circular structure as [Circular]', () => ['%j', circular()]],
  ['%j on undefined and a function', () => ['%j %j', undefined, () => 1]],
  [
    '%j honouring toJSON',
    () => [
      '%j',
      {
        toJSON() {
          return 'json!'
        },
      },
    ],
  ],
  ['%j on a string and a date', () => ['%j %j', 'str', new Date(0)]],
  ['%o with hidden properties and a function', () => ['%o', { a: [1, 2], f() {} }]],
  ['%o on a named function (its prototype circular)', () => ['%o', function foo() {}]],
  ['%o with depth 4', () => ['%o', [1, { a: [1, { b: { c: { d: {} } } }] }]]],
  [
    '%o on a class instance, with its prototype getter',
    () => [
      '%o',
      new (class P {
        get x() {
          return 1
        }
        y = 2
        m() {}
      })(),
    ],
  ],
  ['%o on a Map, a Set and a typed array', () => ['%o %o %o', new Map([[1, { a: 1 }]]), new Set([1]), new Uint8Array(2)]],
  [
    '%o on a class with a static field',
    () => [
      '%o',
      class A {
        static s = 1
      },
    ],
  ],
  [
    '%o on an error',
    () => {
      const e = new Error('x')
      e.stack = 'Error: x\n    at y'
      return ['%o', e]
    },
  ],
  ['%o on null, a string and a null-prototype object', () => ['%o %o %o', null, 'str', Object.create(null)]],
  ['%O with the default depth', () => ['%O', { a: { b: { c: { d: 1 } } } }]],
  ['%O on a string (quoted)', () => ['%O', 'str']],
  ['%% as a literal percent and %c consuming its argument', () => ['100%% sure, %c styled', 'color: red']],
  ['%% with no other arguments left', () => ['%% and %s']],
  ['%% followed by an argument', () => ['%%', 1]],
  ['missing arguments leaving specifiers as they are', () => ['missing %s and %d']],
  ['an unknown specifier left as is', () => ['%x unknown specifier', 1]],
  ['a trailing percent', () => ['%', 1]],
  ['a lone string with a trailing percent', () => ['a%']],
  ['adjacent specifiers with one argument', () => ['%s%s', 'x']],
  ['a non-string first argument: everything inspected except strings', () => [5, '%s not first', 'x']],
  ['surplus arguments appended with spaces', () => ['%s', 'a', 'b', 3]],
  ['no arguments at all', () => []],
  ['a single empty string', () => ['']],
  ['two empty strings joined by a space', () => ['', '']],
  ['objects and strings mixed', () => [{ x: 1 }, 'between', [2]]],
  ['primitives of every type', () => ['a', 1, true, null, undefined, 'b', 2n, Symbol('q')]],
  ['strings raw at top level but quoted nested', () => ['obj:', { nested: { str: 'quoted here' } }, 'raw here']],
  ['a multi-line string argument', () => ['multi\nline', 'x']],
  ['a string with specifiers and a nested object after them', () => ['%s=%d', 'n', 3, { deep: { er: { est: { x: 1 } } } }]],
]

describe('formatWithOptions matches util.format', () => {
  for (const [description, make] of ROWS) {
    test(`format handles ${description} as Node does`, () => {
      const args = make()
      expect(formatWithOptions({}, args)).toBe(util.format(...args))
    })
  }
})

describe('formatWithOptions passes options through to inspect', () => {
  test('format uses the given depth for inspected arguments as Node does', () => {
    const args = [{ a: { b: { c: { d: {} } } } }, 'x']
    expect(formatWithOptions({ depth: 0 }, args)).toBe(util.formatWithOptions({ depth: 0 }, ...args))
  })

  test('format uses the given breakLength for inspected arguments as Node does', () => {
    const args = ['%O', { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb' }]
    expect(formatWithOptions({ breakLength: 20 }, args)).toBe(util.formatWithOptions({ breakLength: 20 }, ...args))
  })
})
