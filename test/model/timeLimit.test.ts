import { describe, expect, test } from 'vitest'
import { checkProgram } from '../../app/cli/lessonsCheck.ts'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { keptAliveSentence, pendingWork } from '../../app/model/keptAlive.ts'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import { DEFAULT_TIME_LIMIT_MS, exerciseTimeLimitMs, type Lesson } from '../../app/model/lessons/types.ts'
import { runSummary } from '../../app/model/summary.ts'
import { sessionOf } from './sessionOf.ts'

const lesson = (host: 'node' | 'browser' = 'node'): Lesson =>
  parseLesson(
    '99-test.md',
    `---\nid: test\ntitle: A test lesson\nsummary: Only used by the tests.\norder: 99\nhost: ${host}\n---\n\nText.\n`,
  )

describe('the virtual-time limit of a check run', () => {
  test('is the exercise’s own limit, else four times its max-total-time (at least 1 s), else the default', () => {
    expect(exerciseTimeLimitMs({ checks: [{ kind: 'no-uncaught-error' }], timeLimitMs: 700 })).toBe(700)
    expect(exerciseTimeLimitMs({ checks: [{ kind: 'max-total-time', ms: 600 }] })).toBe(2400)
    expect(exerciseTimeLimitMs({ checks: [{ kind: 'max-total-time', ms: 120 }] })).toBe(1000)
    expect(exerciseTimeLimitMs({ checks: [{ kind: 'output-includes', text: 'x' }] })).toBe(DEFAULT_TIME_LIMIT_MS)
  })

  test('a lesson’s exercise carries its limit from the checks block', () => {
    const parsed = parseLesson(
      '99-test.md',
      [
        '---\nid: test\ntitle: A test lesson\nsummary: Only used by the tests.\norder: 99\n---\n',
        '```ts exercise "E"\nconsole.log(1)\n```\n',
        '```yaml checks\nchecks:\n  - kind: output-includes\n    text: "2"\nhint: Print two.\ntimeLimitMs: 300\n```\n',
        '```ts solution\nconsole.log(2)\n```\n',
      ].join('\n'),
    )
    const exercise = parsed.blocks.find((b) => b.type === 'exercise')
    expect(exercise?.type === 'exercise' && exercise.timeLimitMs).toBe(300)
  })

  test('a program that never ends fails at once, naming the interval that keeps it alive', () => {
    const code = "setInterval(() => console.log('tick'), 10)\nconsole.log('started')\n"
    const { result, checks } = checkProgram(
      lesson(),
      code,
      { checks: [{ kind: 'output-includes', text: 'started' }], timeLimitMs: 200 },
      runInNode,
    )
    expect(result.trace.time[result.trace.count - 1]! / 1000).toBeLessThan(250)
    expect(checks[0]).toEqual({
      passed: false,
      message:
        "The program should finish. It was still running after 200 ms of virtual time, this exercise's limit, so the check stopped it: something keeps your program alive: the interval at line 1.",
    })
    expect(checks[1]?.passed).toBe(true)
  })

  test('a program that ends within the limit gets no time-limit result', () => {
    const code = "const id = setInterval(() => console.log('tick'), 10)\nsetTimeout(() => clearInterval(id), 35)\n"
    const { checks } = checkProgram(lesson(), code, { checks: [{ kind: 'output-lines', count: 3 }], timeLimitMs: 200 }, runInNode)
    expect(checks).toHaveLength(1)
    expect(checks[0]?.passed).toBe(true)
  })
})

describe('what keeps a program alive', () => {
  test('pending timers, intervals and requests are named with the line that started them; finished and cleared ones are not', () => {
    const code = [
      "world.route('/slow', { latencyMs: 5000 })",
      'setTimeout(() => {}, 1)',
      'const cleared = setInterval(() => {}, 5)',
      'clearInterval(cleared)',
      'setInterval(() => {}, 10)',
      'setTimeout(() => {}, 60_000)',
      "fetch('/slow')",
    ].join('\n')
    const result = runInNode(code, { host: 'node', budgets: { maxVirtualMs: 100 } })
    const pending = pendingWork(result.trace, result.program)
    expect(pending.map((p) => p.description)).toEqual(['the interval at line 5', 'the timer at line 6', 'the request GET /slow (line 7)'])
    expect(keptAliveSentence(pending)).toBe(
      'something keeps your program alive: the interval at line 5, the timer at line 6 and the request GET /slow (line 7)',
    )
  })

  test('a stopped endless run says in its summary what keeps it alive', () => {
    const session = sessionOf('let n = 0\nconst beat = setInterval(() => n++, 1000)\n', 'node', { maxVirtualMs: 10_000 })
    expect(runSummary(session)).toMatch(/Here, something keeps your program alive: the interval at line 2\.$/)
  })
})
