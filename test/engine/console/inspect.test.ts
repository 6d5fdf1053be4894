/**
 * `inspect(value)` must equal Node's `util.inspect(value)` byte for byte. Each
 * row builds a fresh value, formats it with both, and compares.
 */
import util from 'node:util'
import { describe, expect, test } from 'vitest'
import { inspect, type InspectOptions } from '../../../app/engine/runtime/console/inspect.ts'

type Row = readonly [description: string, make: () => unknown, options?: InspectOptions]

const custom = util.inspect.custom

/** An error with a fixed, frame-bearing stack, so the expectation does not depend on file paths. */
function pinned<E extends Error>(error: E, frames = ['    at frame (program.ts:1:1)']): E {
  error.stack = `${error.stack!.split('\n')[0]}\n${frames.join('\n')}`
  return error
}

class Foo {
  x = 1
  y = 'two'
}
class Empty {}
class Base {}
class Derived extends Base {
  z = [3]
}
class Tagged {
  get [Symbol.toStringTag]() {
    return 'Tagged'
  }
  v = 1
}
class WithAccessor {
  #secret = 42
  visible = true
  get computed() {
    return this.#secret
  }
}
class MyError extends Error {
  override name = 'MyError'
}
class MyArray extends Array<number> {}
class MyMap extends Map<unknown, unknown> {}
class MyDate extends Date {}

const primitives: Row[] = [
  ['a plain string at top level, quoted', () => 'plain string'],
  ['a string holding a single quote, in double quotes', () => "it's"],
  ['a string holding both quote kinds, in backticks', () => `it's "quoted"`],
  ['a string holding all three quote kinds, with escaped single quotes', () => 'all \' " ` three'],
  ['a string with `${` and both quotes, with escaped single quotes', () => '${x} \' "'],
  ['control characters, DEL and C1 characters as \\x escapes', () => '\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u007f\u0085\u009f'],
  ['backslashes doubled', () => 'C:\\path\\to'],
  ['a lone high surrogate as a \\u escape', () => 'a\ud83d'],
  ['a lone low surrogate as a \\u escape', () => '\ude00b'],
  ['a long string with a lone surrogate', () => `${'x'.repeat(120)}\ud800`],
  ['unicode letters and emoji unescaped', () => 'unicode é ✓ 😀 中文'],
  ['the empty string', () => ''],
  ['a long multi-line string split into concatenated pieces', () => `${'a'.repeat(30)}\n${'b'.repeat(70)}\nc`],
  ['a long multi-line string ending in a newline', () => `${'a'.repeat(50)}\n${'b'.repeat(50)}\n`],
  ['a string over maxStringLength with the remaining count', () => 'x'.repeat(10_010)],
  ['a string cut by a custom maxStringLength', () => 'abcdefghij', { maxStringLength: 4 }],
  ['a string cut to one character left over', () => 'ab', { maxStringLength: 1 }],
  ['zero', () => 0],
  ['negative zero as -0', () => -0],
  ['NaN', () => NaN],
  ['Infinity and -Infinity', () => [Infinity, -Infinity]],
  ['numbers in exponent form', () => [1e21, 1e-7, 5e-324, 2 ** 53, 123456789012345680000]],
  ['floats', () => [0.1 + 0.2, -1.5, 3.14159]],
  ['bigints with an n suffix', () => [1n, -5n, 2n ** 70n]],
  ['symbols with and without descriptions', () => [Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('registered')]],
  ['a symbol whose description holds a newline', () => Symbol('a\nb')],
  ['undefined', () => undefined],
  ['null', () => null],
  ['booleans', () => [true, false]],
]

const arrays: Row[] = [
  ['an empty array', () => []],
  ['a short array of numbers', () => [1, 2, 3]],
  ['nested arrays beyond the depth limit as [Array]', () => [[1, [2, [3, [4, [5]]]]]]],
  ['an array with two leading holes', () => [, , 3]],
  ['an array with interior and trailing holes', () => [1, , , 4, ,]],
  ['a new Array(5) of holes', () => new Array(5)],
  ['a single hole', () => new Array(1)],
  ['undefined, a hole and null', () => [undefined, , null]],
  [
    'a hole far into a long array',
    () => {
      const a: unknown[] = []
      a[150] = 1
      return a
    },
  ],
  ['an array of six numbers on one line', () => [1, 2, 3, 4, 5, 6]],
  ['an array of seven numbers', () => [1, 2, 3, 4, 5, 6, 7]],
  ['thirty multiples of seven in aligned columns', () => Array.from({ length: 30 }, (_, i) => i * 7)],
  ['twenty-six multiples of three in aligned columns', () => Array.from({ length: 26 }, (_, i) => i * 3)],
  ['thirty cubes of very different widths', () => Array.from({ length: 30 }, (_, i) => i ** 3)],
  ['negative and positive numbers right-aligned', () => Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? -i * 1000 : i))],
  ['floats of different widths', () => [1.5, 22.25, 333.125, 4, 55555, 6.5, 7.75, 8]],
  ['more than a hundred items with "... 1 more item"', () => Array.from({ length: 101 }, (_, i) => i)],
  ['a hundred and twenty items with "... 20 more items"', () => Array.from({ length: 120 }, (_, i) => i)],
  ['ten short strings left-aligned in columns', () => Array.from({ length: 10 }, (_, i) => `item${i}`)],
  [
    'thirty strings of varying length in columns',
    () => Array.from({ length: 30 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat((i % 5) + 1)),
  ],
  ['strings and numbers mixed (left-aligned)', () => Array.from({ length: 7 }, (_, i) => (i % 2 ? `odd-${i}` : i))],
  ['eight small objects one per line', () => Array.from({ length: 8 }, (_, i) => ({ id: i }))],
  ['bigints right-aligned in columns', () => [1n, 22n, 333n, 4n, 5n, 66n, 7n]],
  ['wide emoji strings in columns', () => Array.from({ length: 12 }, (_, i) => '😀'.repeat(i % 4))],
  ['CJK strings in columns', () => Array.from({ length: 12 }, (_, i) => '中'.repeat(i % 4))],
  ['a long array nested in an object, indented', () => ({ a: Array.from({ length: 30 }, (_, i) => 'x'.repeat(i % 7)) })],
  ['holes among many numbers', () => Array.from({ length: 30 }, (_, i) => (i % 3 ? i : undefined))],
  ['an array with an extra named property', () => Object.assign([1, 2], { foo: 'bar' })],
  [
    'an array with a negative index key',
    () => {
      return Object.assign([1, 2], { '-1': 'neg' })
    },
  ],
  ['four long strings one per line', () => ['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]],
  ['an array subclass with its length', () => MyArray.from([1, 2, 3])],
  ['an array with a null prototype', () => Object.setPrototypeOf([1, 2], null)],
  ['arrays with maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 }],
  ['empty containers in an array', () => [[], [[]], {}]],
  [
    'an array of arrays (matrix)',
    () => [
      [1, 2],
      [3, 4, 5],
    ],
  ],
]

const objects: Row[] = [
  ['an empty object', () => ({})],
  ['a flat object with mixed values', () => ({ a: 1, b: 'two', c: [3], d: { e: null } })],
  ['nesting beyond depth 2 as [Object]', () => ({ l1: { l2: { l3: { l4: 'deep' } } } })],
  ['deep arrays in an object as [Array]', () => ({ arr: [[[['deep array']]]] })],
  ['keys that need quotes', () => ({ 'a-b': 1, 'with space': 2, valid_id: 3, $dollar: 4, '1abc': 5, 42: 6, '': 7 })],
  ['keys with quotes and newlines escaped', () => ({ "it's": 1, 'a\nb': 2 })],
  ['a __proto__ own key', () => JSON.parse('{"__proto__": 1}')],
  ['symbol keys in brackets', () => ({ [Symbol('s')]: 'symbol key', [Symbol.iterator]: 1, normal: true })],
  ['a symbol key with a quote and a newline escaped', () => ({ [Symbol("it's\n")]: 1 })],
  [
    'getters, setters and accessor pairs',
    () => ({
      get g() {
        return 1
      },
      set s(_v: number) {},
      get gs() {
        return 2
      },
      set gs(_v: number) {},
    }),
  ],
  ['a non-enumerable property hidden', () => Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false })],
  [
    'a non-enumerable property with showHidden',
    () => Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }),
    { showHidden: true },
  ],
  ['a null-prototype empty object', () => Object.create(null)],
  ['a null-prototype object with keys', () => Object.assign(Object.create(null), { a: 1, b: { c: 2 } })],
  ['a null-prototype object nested', () => ({ nested: Object.create(null) })],
  ['a null-prototype object with a tag', () => Object.create(null, { [Symbol.toStringTag]: { value: 'T' } })],
  ['an object whose prototype has a null prototype', () => Object.create(Object.create(null))],
  ['an object with an inherited property (not shown)', () => Object.assign(Object.create({ inherited: 1 }), { own: 2 })],
  ['an object whose fake constructor is not a function', () => Object.assign(Object.create({ constructor: { name: 'Fake' } }), { v: 1 })],
  ['an own constructor property that is a string', () => ({ constructor: 'nope', a: 1 })],
  ['class instances with their class name', () => [new Foo(), new Empty(), new Derived()]],
  ['a class instance with private fields and a getter', () => new WithAccessor()],
  [
    'an anonymous class instance',
    () =>
      new (class {
        a = 1
      })(),
  ],
  ['an instance with a Symbol.toStringTag getter', () => new Tagged()],
  ['a non-enumerable own Symbol.toStringTag', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Y' })],
  ['an enumerable own Symbol.toStringTag (shown as a key)', () => ({ [Symbol.toStringTag]: 'X', a: 1 })],
  [
    'a constructor with a static name getter',
    () =>
      new (class S {
        static get name() {
          return 'Dyn'
        }
      })(),
  ],
  [
    'a self-referencing object with <ref *1>',
    () => {
      const self: Record<string, unknown> = { name: 'self' }
      self.self = self
      return self
    },
  ],
  [
    'two objects referencing each other',
    () => {
      const a: Record<string, unknown> = { name: 'a' }
      a.b = { name: 'b', a }
      return a
    },
  ],
  [
    'an array containing itself',
    () => {
      const arr: unknown[] = [1]
      arr.push(arr)
      return arr
    },
  ],
  [
    'several circular references numbered',
    () => {
      const x: Record<string, unknown> = {}
      const y: Record<string, unknown> = { x }
      x.y = y
      x.self = x
      return [x, y]
    },
  ],
  [
    'a circular structure with unlimited depth',
    () => {
      const c: Record<string, unknown> = { a: [1] }
      ;(c.a as unknown[]).push(c)
      c.m = new Map([[c, c]])
      return c
    },
    { depth: Infinity },
  ],
  [
    'five short entries broken over lines at width 80',
    () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeeeeeeee' }),
  ],
  ['four short entries kept on one line', () => ({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' })],
  [
    'a nested object that breaks while its children stay inline',
    () => ({ user: { name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'author', 'reviewer'] }, active: true }),
  ],
  [
    'an array of three objects broken over lines',
    () => [
      { id: 1, name: 'first item' },
      { id: 2, name: 'second item' },
      { id: 3, name: 'third item' },
    ],
  ],
  [
    'a matrix and a long label',
    () => ({
      matrix: [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      label: 'a fairly long label string to push the width',
    }),
  ],
  ['an 80-character string value', () => ({ a: 'x'.repeat(80) })],
  ['thirty numeric keys', () => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]))],
  [
    'rows and meta nested',
    () => ({
      rows: [
        { a: 1, b: 2 },
        { a: 3, b: 4 },
      ],
      meta: { total: 2, page: 1, pageSize: 50, hasMore: false },
    }),
  ],
  ['a key of a hundred characters', () => ({ ['k'.repeat(100)]: 1 })],
  ['compact: false, one entry per line', () => ({ a: 1, b: [1, 2], c: { d: 1 } }), { compact: false }],
  ['compact: true, the legacy layout', () => ({ a: 1, b: [1, 2], c: { d: 1 }, e: 'x'.repeat(90) }), { compact: true }],
  ['compact: 1, only the innermost level inline', () => ({ a: { b: { c: {} } } }), { compact: 1 }],
  ['sorted keys', () => ({ c: 1, a: 2, b: [3, 2, 1], [Symbol('z')]: 1 }), { sorted: true }],
  ['an infinite breakLength', () => ({ a: 'x'.repeat(100), b: 'y'.repeat(100) }), { breakLength: Infinity }],
  ['depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 }],
  ['-0 and a big bigint as values', () => ({ negZero: -0, big: 12345678901234567890n })],
  [
    'a toJSON method (ignored)',
    () => ({
      toJSON() {
        return 'json'
      },
      v: 1,
    }),
  ],
]

const builtins: Row[] = [
  ['an empty Map and Set', () => [new Map(), new Set()]],
  [
    'a Map with its size',
    () =>
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
  ],
  [
    'a Map with object keys',
    () =>
      new Map<unknown, unknown>([
        ['a', 1],
        [2, 'b'],
        [{ k: 1 }, [1, 2]],
      ]),
  ],
  ['a Set of mixed values', () => new Set([1, 'two', { three: 3 }, [4]])],
  ['Maps and Sets nested past the depth limit', () => ({ m: new Map([['inner', new Map([['deep', new Set([1])]])]]) })],
  [
    'a Map of six long entries broken over lines',
    () => new Map(Array.from({ length: 6 }, (_, i) => [`key number ${i}`, { value: i * 100 }])),
  ],
  [
    'a Map containing itself',
    () => {
      const m = new Map<string, unknown>()
      m.set('me', m)
      return m
    },
  ],
  [
    'a Set and a Map cut by maxArrayLength',
    () => [
      new Set([1, 2, 3]),
      new Map([
        [1, 2],
        [3, 4],
      ]),
    ],
    { maxArrayLength: 1 },
  ],
  ['a sorted Set', () => new Set([3, 1, 2]), { sorted: true }],
  ['a Map subclass', () => new MyMap([[1, 2]])],
  ['a null-prototype Map and Set', () => [Object.setPrototypeOf(new Map([[1, 2]]), null), Object.setPrototypeOf(new Set(), null)]],
  ['a Map with an extra property', () => Object.assign(new Map([[1, 2]]), { extra: true })],
  ['WeakMap and WeakSet', () => [new WeakMap(), new WeakSet()]],
  ['a WeakRef', () => new WeakRef({ a: 1 })],
  ['the epoch date', () => new Date(0)],
  ['dates in arrays and objects', () => [[new Date(86400000 * 365.25 * 30)], { at: new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250)) }]],
  ['an invalid date', () => new Date(NaN)],
  ['a date with a property', () => Object.assign(new Date(0), { a: 1 })],
  ['an invalid date with a property', () => Object.assign(new Date(NaN), { k: 1 })],
  ['a Date subclass instance', () => new MyDate(0)],
  ['a null-prototype date', () => Object.setPrototypeOf(new Date(0), null)],
  ['regular expressions', () => [/ab+c/gi, [/x/], new RegExp('a/b', 'm')]],
  ['a regexp with a property', () => Object.assign(/x/g, { a: 1 })],
  ['a regexp with a property past the depth limit', () => ({ a: { b: { c: Object.assign(/x/, { y: 1 }) } } })],
  ['a null-prototype regexp', () => Object.setPrototypeOf(/a/g, null)],
  ['boxed primitives', () => [new Number(3), new String('boxed'), new Boolean(false), Object(Symbol('boxed')), Object(5n)]],
  ['a boxed string with an extra property', () => Object.assign(new String('abc'), { extra: 1 })],
  ['a boxed -0 with a property', () => Object.assign(new Number(-0), { x: 1 })],
  ['typed arrays', () => [new Uint8Array([1, 2, 3]), new Float64Array(2), new Int16Array([-1, 2])]],
  ['an empty typed array', () => new Uint8Array(0)],
  ['a long typed array in columns', () => new Uint16Array(200)],
  ['a BigInt64Array', () => new BigInt64Array([1n, -2n])],
  ['a typed array with showHidden', () => new Uint8Array(2), { showHidden: true }],
  ['a null-prototype typed array', () => Object.setPrototypeOf(new Uint8Array(2), null)],
  ['an ArrayBuffer with its bytes', () => new ArrayBuffer(4)],
  ['a large ArrayBuffer', () => new Uint8Array(Array.from({ length: 120 }, (_, i) => i)).buffer],
  ['an ArrayBuffer in an array', () => [new ArrayBuffer(2)]],
  ['a DataView', () => new DataView(new ArrayBuffer(2), 1)],
  [
    'prototype objects of built-ins',
    () => [Object.prototype, Array.prototype, Function.prototype, Map.prototype, RegExp.prototype, Date.prototype, Error.prototype],
  ],
  [
    'objects created from built-in prototypes',
    () => [Object.create(Array.prototype), Object.create(Map.prototype), Object.create(Date.prototype), Object.create(RegExp.prototype)],
  ],
  [
    'built-in kinds whose prototype was swapped for Object.prototype',
    () => [new Date(0), /x/, new Number(3)].map((v) => Object.setPrototypeOf(v, Object.prototype)),
  ],
  ['Math and JSON', () => [Math, JSON]],
  ['globalThis-like namespaces', () => [Reflect, Atomics]],
]

function namedFunction() {}
const anonymous = [function () {}, () => {}]

const functions: Row[] = [
  ['a named function', () => namedFunction],
  ['anonymous functions and arrows', () => anonymous],
  ['an async function', () => async function g() {}],
  ['a generator function', () => function* h() {}],
  ['an async generator function', () => async function* k() {}],
  ['anonymous async and generator functions', () => [async () => {}, function* () {}]],
  ['classes, with extends', () => [Base, Derived, class {}]],
  ['a class extending a built-in', () => class B extends Object {}],
  ['an anonymous class extending a named one', () => class extends Base {}],
  ['a class with a comment and parentheses in its heritage', () => class /* (c) */ Mixed extends (Object as new () => object) {}],
  ['a bound function and a native function', () => [namedFunction.bind(null), Math.max, function () {}.bind(null)]],
  ['methods in an object', () => ({ method() {}, async am() {}, *gm() {} })],
  ['a function with properties', () => Object.assign(function props() {}, { a: 1, b: 'x' })],
  ['a function with properties past the depth limit', () => ({ a: { b: { c: Object.assign(function q() {}, { y: 1 }) } } })],
  ['a null-prototype function', () => Object.setPrototypeOf(function f() {}, null)],
  ['a function with showHidden and its circular prototype', () => function foo() {}, { showHidden: true }],
  [
    'a function whose name was deleted',
    () => {
      const f = function gone() {}
      Reflect.deleteProperty(f, 'name')
      return f
    },
  ],
]

const iterators: Row[] = [
  [
    'the arguments object',
    () =>
      (function (..._a: unknown[]) {
        return arguments
      })(1, 'two'),
  ],
  [
    'an empty arguments object',
    () =>
      (function () {
        return arguments
      })(),
  ],
  ['an array iterator', () => [1, 2, 3].entries()],
  ['a string and regexp iterator', () => ['ab'[Symbol.iterator](), 'x'.matchAll(/x/g)]],
  ['a generator object', () => (function* () {})()],
  ['an async generator object', () => (async function* () {})()],
]

const errors: Row[] = [
  ['an error with its stack', () => pinned(new Error('plain'))],
  [
    'an error with extra properties after its stack',
    () => pinned(Object.assign(new RangeError('with props'), { code: 'E_RANGE', detail: { n: 1 } })),
  ],
  ['an error with a cause', () => pinned(new Error('outer', { cause: pinned(new TypeError('inner')) }))],
  ['an error with a primitive cause', () => pinned(new Error('outer', { cause: 'just a string' }))],
  ['an error with an undefined cause', () => pinned(new Error('outer', { cause: undefined }))],
  ['an error nested in an object, indented', () => ({ wrapped: pinned(new Error('in object')) })],
  ['an error nested in an array', () => [pinned(new SyntaxError('in array'))]],
  ['an error inside a Map', () => new Map([['k', pinned(new RangeError('z'))]])],
  ['an error subclass with a name field', () => pinned(new MyError('custom'))],
  [
    'an error renamed after creation',
    () => {
      const e = pinned(new Error('renamed later'))
      e.name = 'Renamed'
      return e
    },
  ],
  [
    'an error renamed to another error type',
    () => {
      const e = pinned(new Error('renamed'))
      e.name = 'TypeError'
      return e
    },
  ],
  [
    'an error whose message changed after creation',
    () => {
      const e = pinned(new Error('original'))
      e.message = 'changed'
      return e
    },
  ],
  [
    'an error whose name is undefined',
    () => {
      const e = new Error('x')
      e.stack = 'x: y'
      ;(e as { name?: unknown }).name = undefined
      return e
    },
  ],
  [
    'an error without a stack, in brackets',
    () => {
      const e = new Error('no stack')
      e.stack = undefined
      return e
    },
  ],
  [
    'an error whose stack is only the header',
    () => {
      const e = new TypeError('header only')
      e.stack = 'TypeError: header only'
      return [e, e]
    },
  ],
  [
    'an error with a custom stack text',
    () => {
      const e = new Error('odd')
      e.stack = 'a completely custom stack text'
      return e
    },
  ],
  ['an error subclass without its own name', () => pinned(new (class E3 extends Error {})('sub'))],
  ['a null-prototype error', () => Object.setPrototypeOf(pinned(new Error('e4')), null)],
  ['an object inheriting from Error.prototype', () => Object.create(Error.prototype)],
  [
    'an object that only looks like an error',
    () => Object.defineProperty({ name: 'X', message: 'y', stack: 'X: y\n    at z' }, Symbol.toStringTag, { value: 'Error' }),
  ],
  ['an AggregateError with its errors', () => pinned(new AggregateError([pinned(new Error('a')), 'b'], 'aggregate'))],
  [
    'an error whose message appears with "at" frames inside',
    () => {
      const e = new Error('line\n    at fake')
      e.stack = 'Error: line\n    at fake\n    at real (x.js:1:1)'
      return e
    },
  ],
  [
    "an error whose frames repeat its cause's frames",
    () => {
      const frames = ['    at a (x.js:1:1)', '    at b (x.js:2:2)', '    at c (x.js:3:3)', '    at d (x.js:4:4)', '    at e (x.js:5:5)']
      const cause = pinned(new Error('cause'), frames)
      return pinned(new Error('effect', { cause }), ['    at top (x.js:0:0)', ...frames])
    },
  ],
  [
    'an error with showHidden',
    () => {
      const e = new Error('m')
      e.stack = 'Error: m\n    at x'
      return e
    },
    { showHidden: true },
  ],
  ['a real error with a real stack', () => new Error('real')],
]

const customs: Row[] = [
  [
    'a custom inspect method returning a string',
    () => ({
      [custom]() {
        return 'CUSTOM REPRESENTATION'
      },
    }),
  ],
  [
    'a custom inspect method nested in an array',
    () => [
      {
        [custom]() {
          return 'CUSTOM'
        },
      },
    ],
  ],
  ['a multi-line custom string indented when nested', () => ({ a: { [custom]: () => 'line1\nline2' } })],
  ['a custom inspect method returning an object', () => ({ a: { [custom]: () => ({ replaced: true }) } })],
  [
    'a custom inspect method reading depth and options',
    () => ({
      a: {
        b: {
          [custom]: (depth: number, options: { breakLength: number; stylize: unknown }) =>
            `depth=${depth} ${options.breakLength} ${typeof options.stylize}`,
        },
      },
    }),
  ],
  [
    'a custom inspect method returning this',
    () => ({
      x: 1,
      [custom]() {
        return this
      },
    }),
  ],
  [
    'a custom inspect method using the inspect argument',
    () => ({
      [custom](_d: number, o: object, insp: (v: unknown, o: object) => string) {
        return insp({ deep: { er: { est: 1 } } }, o)
      },
    }),
  ],
  [
    'a class with a custom inspect method on its prototype',
    () => {
      class Point {
        constructor(
          readonly x: number,
          readonly y: number,
        ) {}
        [custom]() {
          return `Point(${this.x}, ${this.y})`
        }
      }
      return [new Point(1, 2), Point.prototype]
    },
  ],
  [
    'a custom inspect method receiving an infinite depth',
    () => ({ a: { [custom]: (depth: number) => `depth=${depth}` } }),
    { depth: Infinity },
  ],
  ['a custom inspect method receiving a null depth', () => ({ a: { [custom]: (depth: number) => `depth=${depth}` } }), { depth: null }],
  [
    'a custom inspect method listing the option names it receives',
    () => ({ a: { [custom]: (_d: number, o: object) => Object.keys(o).join() } }),
  ],
  [
    'a custom inspect method on a null-prototype object (cross-context options)',
    () =>
      Object.assign(Object.create(null), { [custom]: (_d: number, o: object) => `${Object.keys(o).join()} ${Object.getPrototypeOf(o)}` }),
  ],
  [
    'customInspect: false ignores the method',
    () => ({
      [custom]() {
        return 'hidden'
      },
      v: 1,
    }),
    { customInspect: false },
  ],
  ['a custom inspect method on a function', () => Object.assign(function f() {}, { [custom]: () => 'FN' })],
]

const ROWS: Record<string, Row[]> = { primitives, arrays, objects, builtins, functions, iterators, errors, customs }

describe('inspect matches util.inspect', () => {
  for (const [group, rows] of Object.entries(ROWS)) {
    describe(group, () => {
      for (const [description, make, options] of rows) {
        test(`inspect formats ${description} as Node does`, () => {
          const value = make()
          expect(inspect(value, options)).toBe(util.inspect(value, options as util.InspectOptions))
        })
      }
    })
  }
})
