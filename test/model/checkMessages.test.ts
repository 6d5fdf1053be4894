import { runInNode } from '../../app/cli/nodeRunner.ts'
import { describe, expect, test } from 'vitest'
import { checkProgram } from '../../app/cli/lessonsCheck.ts'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import type { Check, Lesson } from '../../app/model/lessons/types.ts'

const lesson: Lesson = parseLesson(
  '99-test.md',
  '---\nid: test\ntitle: A test lesson\nsummary: Only used by the tests.\norder: 99\n---\n\nText.\n',
)

/** The message of the one check, run against `code` as an exercise check would. */
function failure(code: string, check: Check): string {
  const [result] = checkProgram(lesson, code, { checks: [check], timeLimitMs: 5000 }, runInNode).checks
  expect(result?.passed).toBe(false)
  return result!.message
}

describe('a failed check says what was expected and what happened', () => {
  test('an output-order check says which line came before which, and the printed order', () => {
    const code = [
      "setTimeout(() => console.log('a timer set before the lookup'), 0)",
      "console.log('user 1: Ada')",
      "console.log('lookups started')",
    ].join('\n')
    expect(failure(code, { kind: 'output-order', lines: ['lookups started', 'user 1: Ada', 'a timer set before the lookup'] })).toBe(
      'These lines should appear in this order: “lookups started”, “user 1: Ada”, “a timer set before the lookup”. ' +
        '“user 1: Ada” came before “lookups started”, not after it. ' +
        'Printed in this order: “user 1: Ada”, “lookups started”, “a timer set before the lookup”.',
    )
  })

  test('an output-order check with a repeated line counts how many came in time', () => {
    const code = "for (let i = 0; i < 3; i++) console.log('frame')\nconsole.log('all done')\nconsole.log('frame')\n"
    expect(failure(code, { kind: 'output-order', lines: ['frame', 'frame', 'frame', 'frame', 'all done'], message: 'Keep drawing.' })).toBe(
      'Keep drawing. Only 3 “frame” lines came before “all done”, not 4. Printed in this order: “frame”, “frame”, “frame”, “all done”, “frame”.',
    )
  })

  test('a run of repeated lines that never reaches its count says how many were printed', () => {
    expect(failure("console.log('go')\nconsole.log('tick')\n", { kind: 'output-order', lines: ['go', 'tick', 'tick'] })).toBe(
      'These lines should appear in this order: “go”, “tick”, “tick”. Only 1 “tick” line came after “go”, not 2. Printed in this order: “go”, “tick”.',
    )
  })

  test('an output-order check names a line that was never printed', () => {
    expect(failure("console.log('a')\n", { kind: 'output-order', lines: ['a', 'b'] })).toContain('“b” was never printed.')
  })

  test('an output-includes check shows the closest line printed', () => {
    const code = "console.log('crawling…')\nconsole.log('crawled', 13, 'pages')\n"
    expect(failure(code, { kind: 'output-includes', text: 'crawled 15 pages', message: 'Every page should be crawled.' })).toBe(
      'Every page should be crawled. No line does; the closest was “crawled 13 pages”.',
    )
  })

  test('an output-excludes check quotes the offending line', () => {
    expect(failure("console.log('ok')\nconsole.log('timed out!')\n", { kind: 'output-excludes', text: 'timed out' })).toBe(
      'The output should not include “timed out”. Line 2 of the output is “timed out!”.',
    )
  })

  test('an uncaught error is named in one line, with its cause and its line, never a dangling brace', () => {
    const code = "world.route('/x', { failEvery: 1 })\n\nawait fetch('/x')\n"
    const message = failure(code, { kind: 'no-uncaught-error' })
    expect(message).toBe(
      'No exception should go uncaught. This one did: TypeError: fetch failed (cause: Error: Simulated network failure: request 1 to /x (failEvery: 1)) (line 3).',
    )
  })

  test('an exit code check says what ended the program', () => {
    const code = "world.route('/x', { failEvery: 1 })\nawait fetch('/x')\n"
    expect(failure(code, { kind: 'exit-code', code: 0 })).toMatch(
      /^The program should exit with code 0\. It exited with 1: an uncaught TypeError: fetch failed/,
    )
  })

  test('an unhandled rejection is named with the line that rejected it', () => {
    const code = "async function save() {\n  await null\n  throw new Error('could not save')\n}\nsave()\n"
    expect(failure(code, { kind: 'no-unhandled-rejection' })).toBe(
      'Every rejected promise should be handled. This one was not: Error: could not save (line 3).',
    )
  })

  test('a long task is described: what it was, where, and when', () => {
    const code = 'setTimeout(() => {\n  world.cpu(60)\n}, 10)\n'
    expect(failure(code, { kind: 'max-task-duration', ms: 15 })).toMatch(
      /^No task should keep the event loop busy for more than 15 ms\. The longest task, a timer callback \(line 2\), ran for 60(\.\d+)? ms, from 10(\.\d+)? ms to 70(\.\d+)? ms\.$/,
    )
  })

  test('a concurrency check says when the peak was reached', () => {
    const code = "world.route('/p', { latencyMs: 10 })\nawait Promise.all([fetch('/p'), fetch('/p'), fetch('/p')])\n"
    expect(failure(code, { kind: 'max-concurrency', of: 'fetch', max: 2 })).toMatch(/3 were in flight at once, first at 0 ms\.$/)
  })

  test('an output-lines check lists what was printed', () => {
    expect(failure("console.log('a')\nconsole.log('b')\n", { kind: 'output-lines', count: 3 })).toBe(
      'The program should print exactly 3 lines. It printed 2 lines: “a”, “b”.',
    )
  })
})

describe('a failed check after a crash', () => {
  test('an output check says which error ended the program first', () => {
    const code = "world.route('/x', { failEvery: 1 })\nconsole.log('starting')\nawait fetch('/x')\nconsole.log('backup finished')\n"
    expect(failure(code, { kind: 'output-includes', text: 'backup finished' })).toBe(
      'The output should include “backup finished”. No line does. An uncaught TypeError: fetch failed (cause: Error: Simulated network failure: request 1 to /x (failEvery: 1)) (line 3) ended the program first.',
    )
  })

  test('a repeated line is counted before the line that should follow it', () => {
    expect(
      failure("console.log('all done')\nconsole.log('frame')\n", { kind: 'output-order', lines: ['frame', 'frame', 'frame', 'all done'] }),
    ).toBe(
      'These lines should appear in this order: “frame”, “frame”, “frame”, “all done”. Only 0 “frame” lines came before “all done”, not 3. Printed in this order: “all done”, “frame”.',
    )
  })
})
