/**
 * The console factory against Node's own `Console`, writing into in-memory
 * streams: the same calls must produce the same stdout and stderr text.
 */
import { Console } from 'node:console'
import { Writable } from 'node:stream'
import util from 'node:util'
import { describe, expect, test } from 'vitest'
import { createConsole, formatDuration, type ConsoleLevel } from '../../../app/engine/runtime/console/console.ts'
import { createTestHost } from './testHost.ts'

type Method =
  | 'log'
  | 'info'
  | 'debug'
  | 'warn'
  | 'error'
  | 'dir'
  | 'table'
  | 'group'
  | 'groupCollapsed'
  | 'groupEnd'
  | 'time'
  | 'timeEnd'
  | 'timeLog'
  | 'count'
  | 'countReset'
  | 'assert'
  | 'trace'
type AnyConsole = Record<Method, (...args: unknown[]) => void>

interface Captured {
  stdout: string
  stderr: string
}

/** Runs `scenario` on a Node Console over in-memory streams. */
function runNode(scenario: (c: AnyConsole) => void): Captured {
  const captured: Captured = { stdout: '', stderr: '' }
  const stream = (key: keyof Captured) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        captured[key] += String(chunk)
        callback()
      },
    })
  scenario(new Console({ stdout: stream('stdout'), stderr: stream('stderr') }) as unknown as AnyConsole)
  return captured
}

/** Runs `scenario` on our console; stdout levels and stderr levels are split like Node's streams. */
function runOurs(
  scenario: (c: AnyConsole) => void,
  now: () => number = () => 0,
  traceFrames?: () => string[],
): Captured & { writes: [ConsoleLevel, string][] } {
  const captured = { stdout: '', stderr: '', writes: [] as [ConsoleLevel, string][] }
  const c = createConsole({
    sink: {
      write(level, text) {
        captured.writes.push([level, text])
        if (level === 'warn' || level === 'error') captured.stderr += `${text}\n`
        else captured.stdout += `${text}\n`
      },
    },
    now,
    traceFrames,
  }) as AnyConsole
  scenario(c)
  return captured
}

function expectSameAsNode(scenario: (c: AnyConsole) => void): void {
  const ours = runOurs(scenario)
  const node = runNode(scenario)
  expect(ours.stdout).toBe(node.stdout)
  expect(ours.stderr).toBe(node.stderr)
}

const scenarios: [string, (c: AnyConsole) => void][] = [
  [
    'log, info and debug write formatted text to stdout',
    (c) => {
      c.log('%s is %d years', 'Ann', 42)
      c.info('info line', 1)
      c.debug('debug line', { d: true })
      c.log()
      c.log({ x: 1 }, 'between', [2])
    },
  ],
  [
    'warn and error write to stderr',
    (c) => {
      c.warn('warn goes to stderr', { w: 1 })
      c.error('error goes to stderr', new Map([[1, 2]]))
    },
  ],
  [
    'groups indent every line by two spaces per level',
    (c) => {
      c.log('level 0')
      c.group('Group A')
      c.log('inside A')
      c.group()
      c.info('inside nested (no label)')
      c.log({ multi: 'line', object: 'that is long enough to wrap over the width limit for sure yes' })
      c.groupEnd()
      c.debug('back in A')
      c.groupCollapsed('Collapsed B')
      c.log('inside B')
      c.error('errors are indented too\nover two lines')
      c.groupEnd()
      c.groupEnd()
      c.groupEnd()
      c.log('level 0 again (extra groupEnd is harmless)')
      c.group('label with %s', 'format')
      c.log('multi\nline string')
      c.groupEnd()
    },
  ],
  [
    'count and countReset print label: N',
    (c) => {
      c.count()
      c.count()
      c.count('label')
      c.count('label')
      c.countReset('label')
      c.count('label')
      c.count('default')
      c.count(42)
    },
  ],
  [
    'dir inspects with options and ignores custom inspect methods',
    (c) => {
      c.dir({ a: { b: { c: { d: 1 } } } })
      c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 })
      c.dir('dir of a string')
      c.dir({ [util.inspect.custom]: () => 'custom', v: 1 })
      c.dir([1, 2, 3], { maxArrayLength: 1 })
    },
  ],
  [
    'assert prints nothing when true and "Assertion failed" on stderr when false',
    (c) => {
      c.assert(1 === 1, 'passing assert prints nothing')
      c.assert(false)
      c.assert(false, 'failing assert goes to stderr')
      c.assert(0, 'with %s', 'format', { and: 'extra' })
      c.assert(null, { an: 'object' })
    },
  ],
  [
    'table draws arrays of objects with missing cells',
    (c) => {
      c.table([{ name: 'apple', qty: 3 }, { name: 'banana', qty: 12, ripe: true }, { name: 'kiwi' }])
    },
  ],
  [
    'table draws arrays of arrays with numeric columns',
    (c) => {
      c.table([
        [1, 2],
        [3, 4, 5],
      ])
    },
  ],
  [
    'table draws an object of objects keyed by row name',
    (c) => {
      c.table({ row1: { a: 1 }, row2: { b: 'two' } })
    },
  ],
  [
    'table filters columns by the properties argument',
    (c) => {
      c.table(
        [
          { a: 1, b: 2 },
          { a: 3, b: 4 },
        ],
        ['b'],
      )
      c.table([{ a: 1 }, 5], ['a', 'missing'])
    },
  ],
  [
    'table falls back to log for primitives and draws empty arrays',
    (c) => {
      c.table('not tabular')
      c.table(42)
      c.table(null)
      c.table(function notTabular() {})
      c.table([])
    },
  ],
  [
    'table adds a Values column for primitive rows',
    (c) => {
      c.table([1, 'x', { k: 'v' }])
    },
  ],
  [
    'table draws Maps and Sets with an iteration index',
    (c) => {
      c.table(
        new Map<unknown, unknown>([
          ['a', 1],
          [{ k: 1 }, [1, 2, 3, 4]],
        ]),
      )
      c.table(new Set(['a', { b: 1 }]))
    },
  ],
  [
    'table inspects nested cells compactly',
    (c) => {
      c.table([{ obj: { a: 1, b: 2, c: 3 }, small: { a: 1 }, list: [1, 2, 3, 4, 5], str: "it's", fn() {} }])
    },
  ],
  [
    'table measures wide characters',
    (c) => {
      c.table([{ word: '中文' }, { word: '😀😀' }, { word: 'é' }])
    },
  ],
  [
    'table inside a group is indented',
    (c) => {
      c.group('G')
      c.table([1])
      c.groupEnd()
    },
  ],
]

describe("createConsole matches Node's Console", () => {
  for (const [description, scenario] of scenarios) {
    test(`console ${description}, as Node does`, () => expectSameAsNode(scenario))
  }

  test('console.trace prints "Trace: message" first, at the error level, as Node does', () => {
    const ours = runOurs((c) => c.trace('hello %s', 'world', { a: 1 }))
    const node = runNode((c) => c.trace('hello %s', 'world', { a: 1 }))
    expect(ours.stderr.split('\n')[0]).toBe(node.stderr.split('\n')[0])
    expect(ours.writes[0]![0]).toBe('error')
  })

  test('console.trace without arguments prints the header "Trace: " as Node does', () => {
    const ours = runOurs((c) => c.trace())
    const node = runNode((c) => c.trace())
    expect(ours.stderr.split('\n')[0]).toBe(node.stderr.split('\n')[0])
  })

  test('console.trace prints the frames the runtime supplies under the header', () => {
    const ours = runOurs(
      (c) => c.trace('here'),
      undefined,
      () => ['    at inner (program.ts:2:11)', '    at main (program.ts:5:1)'],
    )
    expect(ours.stderr).toBe('Trace: here\n    at inner (program.ts:2:11)\n    at main (program.ts:5:1)\n')
  })

  test("console methods delegate to a replaced console.log as Node's do", () => {
    const scenario = (c: AnyConsole) => {
      const seen: unknown[][] = []
      c.log = (...args: unknown[]) => void seen.push(args)
      c.group('label %d', 1)
      c.count('n')
      c.table([1])
      c.groupEnd()
      c.warn(JSON.stringify(seen))
    }
    expectSameAsNode(scenario)
  })

  test("methods work when detached from the console, as Node's do", () => {
    const scenario = (c: AnyConsole) => {
      const { log, group, groupEnd } = c
      group('g')
      log('detached')
      groupEnd()
    }
    expectSameAsNode(scenario)
  })
})

describe('the host reaches console output', () => {
  test('console.log prints runtime promises and proxies through the host as Node prints native ones', () => {
    const t = createTestHost()
    const values = [t.fulfilled({ ok: true }), t.pending(), t.proxy({ target: 1 }, {})]
    const lines: string[] = []
    const c = createConsole({ sink: { write: (_level, text) => void lines.push(text) }, now: () => 0, host: t.host }) as AnyConsole
    c.log('values:', ...values)
    c.table([{ p: values[0] }])
    const node = runNode((n) => {
      n.log('values:', ...values)
      n.table([{ p: values[0] }])
    })
    expect(`${lines.join('\n')}\n`).toBe(node.stdout)
  })
})

describe('timers', () => {
  test('console.timeEnd prints "label: N.NNNms" in the shape Node uses', () => {
    let now = 1000
    const ours = runOurs(
      (c) => {
        c.time('t')
        now += 12.3456
        c.timeEnd('t')
      },
      () => now,
    )
    const node = runNode((c) => {
      c.time('t')
      c.timeEnd('t')
    })
    expect(node.stdout).toMatch(/^t: \d+(\.\d{1,3})?ms\n$/)
    expect(ours.stdout).toBe('t: 12.346ms\n')
  })

  test('console.timeLog appends its extra data inspected, as Node does', () => {
    const ours = runOurs((c) => {
      c.time()
      c.timeLog(undefined, 'extra', { a: 1 })
    })
    const node = runNode((c) => {
      c.time()
      c.timeLog(undefined, 'extra', { a: 1 })
    })
    const normalise = (text: string) => text.replace(/: [\d.]+ms/, ': <duration>')
    expect(normalise(ours.stdout)).toBe(normalise(node.stdout))
    expect(ours.stdout).toBe('default: 0ms extra { a: 1 }\n')
  })

  test('a timer can be restarted after timeEnd and the labels are independent', () => {
    let now = 0
    const ours = runOurs(
      (c) => {
        c.time('a')
        c.time('b')
        now = 5
        c.timeEnd('a')
        c.time('a')
        now = 7
        c.timeEnd('a')
        c.timeEnd('b')
      },
      () => now,
    )
    expect(ours.stdout).toBe('a: 5ms\na: 2ms\nb: 7ms\n')
  })

  test("durations use Node's ms, s, m:ss.mmm and h:mm:ss.mmm forms", () => {
    expect(formatDuration(0)).toBe('0ms')
    expect(formatDuration(0.0371)).toBe('0.037ms')
    expect(formatDuration(100)).toBe('100ms')
    expect(formatDuration(999.9996)).toBe('1000ms')
    expect(formatDuration(1500)).toBe('1.500s')
    expect(formatDuration(59_999)).toBe('59.999s')
    expect(formatDuration(62_500)).toBe('1:02.500 (m:ss.mmm)')
    expect(formatDuration(3_723_004)).toBe('1:02:03.004 (h:mm:ss.mmm)')
  })
})

describe('warnings', () => {
  /** Node emits these through process.emitWarning on the next tick. */
  async function nodeWarnings(scenario: (c: AnyConsole) => void): Promise<string[]> {
    const seen: string[] = []
    const listener = (warning: Error) => seen.push(`${warning.name}: ${warning.message}`)
    process.on('warning', listener)
    try {
      runNode(scenario)
      await new Promise((resolve) => setTimeout(resolve, 20))
    } finally {
      process.off('warning', listener)
    }
    return seen
  }

  const rows: [string, (c: AnyConsole) => void][] = [
    ['timeEnd of an unknown label', (c) => c.timeEnd('x')],
    ['timeLog of an unknown label', (c) => c.timeLog('y')],
    [
      'time of a label already running',
      (c) => {
        c.time('dup')
        c.time('dup')
      },
    ],
    ['countReset of a label never counted', (c) => c.countReset('never counted')],
  ]
  for (const [description, scenario] of rows) {
    test(`console warns about ${description} with Node's message`, async () => {
      const ours = runOurs(scenario)
      const warnings = ours.writes.filter(([level]) => level === 'warn').map(([, text]) => text)
      expect(warnings).toEqual(await nodeWarnings(scenario))
    })
  }
})
