import { describe, expect, test } from 'vitest'
import { MAX_CONSOLE_LINES } from '../../app/model/consoleLines.ts'
import { sessionOf } from './sessionOf.ts'

describe('the console index', () => {
  test('lines are split on newlines and a write without a newline continues the line', () => {
    const session = sessionOf(`console.log('a\\nb')\nprocess.stdout.write('c')\nprocess.stdout.write('d\\n')\nconsole.log('e')`)
    expect(session.console.texts()).toEqual(['a', 'b', 'cd', 'e'])
    expect(session.console.total).toBe(4)
    expect(session.console.dropped).toBe(0)
  })

  test('each line knows the step that printed it, so stepping back hides later lines', () => {
    const session = sessionOf(`console.log('first')\nsetTimeout(() => console.log('second'), 5)`)
    const [first, second] = session.console.lines
    expect(session.console.countAt(first!.seq)).toBe(0)
    expect(session.console.countAt(first!.seq + 1)).toBe(1)
    expect(session.console.countAt(second!.seq + 1)).toBe(2)
  })

  test('a very long output keeps its first and last lines and one marker saying how many were left out', () => {
    const printed = MAX_CONSOLE_LINES + 50_000
    const session = sessionOf(`for (let i = 1; i <= ${printed}; i++) console.log('line', i)`)
    const { lines } = session.console
    const half = MAX_CONSOLE_LINES / 2
    expect(session.console.total).toBe(printed)
    expect(session.console.dropped).toBe(50_000)
    expect(lines).toHaveLength(MAX_CONSOLE_LINES + 1)
    expect(lines[half - 1]!.text).toBe(`line ${half}`)
    expect(lines[half]!.omitted).toBe(50_000)
    expect(lines[half]!.text).toBe('… 50,000 lines not kept: the console keeps the first 100,000 and the last 100,000 …')
    expect(lines[half + 1]!.text).toBe(`line ${half + 50_001}`)
    expect(lines.at(-1)!.text).toBe(`line ${printed}`)
    expect(session.console.texts()).toHaveLength(MAX_CONSOLE_LINES)
  })

  test('the kept lines stay in print order, so the count at any step is found by binary search', () => {
    const session = sessionOf(`for (let i = 1; i <= ${MAX_CONSOLE_LINES + 10}; i++) console.log(i)`)
    const { lines } = session.console
    const outOfOrder = lines.findIndex((line, i) => i > 0 && line.seq < lines[i - 1]!.seq)
    expect(outOfOrder).toBe(-1)
    expect(session.console.countAt(session.trace.count)).toBe(lines.length)
  })
})
