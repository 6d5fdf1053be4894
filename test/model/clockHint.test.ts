import { describe, expect, test } from 'vitest'
import { TraceColumns } from '../../app/engine/trace/columns.ts'
import { EventKind } from '../../app/engine/trace/events.ts'
import { Labels } from '../../app/model/labels.ts'
import { narrate } from '../../app/model/narration.ts'
import type { TraceSession } from '../../app/model/session.ts'
import { findEvent, sessionOf } from './sessionOf.ts'

const HINT = "Looplab's clock is virtual"

function narrations(session: TraceSession): string[] {
  const said: string[] = []
  for (let i = 0; i < session.trace.count; i++) said.push(narrate(i, session.trace, session.labels, session.facts))
  return said
}

function firstTaskNarration(session: TraceSession): string {
  const first = findEvent(session, (i) => session.trace.kind[i] === EventKind.TaskStart)
  return narrate(first, session.trace, session.labels, session.facts)
}

describe('the virtual clock hint', () => {
  test('a program that reads the clock is told, at its first step, that the clock is virtual', () => {
    const session = sessionOf(`setTimeout(() => console.log(new Date().toISOString()), 10)\nconsole.log(Date.now())`)
    expect(firstTaskNarration(session)).toContain(HINT)
  })

  test('the hint is said once in a run, not at every step', () => {
    const session = sessionOf(`for (let i = 0; i < 3; i++) setTimeout(() => console.log(performance.now()), i)`)
    expect(narrations(session).filter((sentence) => sentence.includes(HINT))).toHaveLength(1)
  })

  test('a program that never reads the clock gets no hint', () => {
    const session = sessionOf(`setTimeout(() => console.log('later'), 10)\nconsole.log('now')`)
    expect(narrations(session).some((sentence) => sentence.includes(HINT))).toBe(false)
  })

  test('a clock mentioned only in a comment is not a clock read', () => {
    const session = sessionOf(`// Date.now() would print the virtual time\nconsole.log('hi')`)
    expect(narrations(session).some((sentence) => sentence.includes(HINT))).toBe(false)
  })
})

describe('what counts as reading the clock', () => {
  const readsClock = (source: string) =>
    new Labels({ source, fileName: 'main.py', locations: [], functions: [] }, new TraceColumns()).readsClock()

  test.each([
    'print(time.time())',
    'start = time.perf_counter()',
    'now = loop.time()',
    'stamp = datetime.now()',
    'today = date.today()',
    'const d = new Date()',
    'const s = Date()',
  ])('%s reads the clock', (line) => {
    expect(readsClock(line)).toBe(true)
  })

  test.each(['await asyncio.sleep(1)', 'time.sleep(0.5)', '# time.time() is virtual', 'const updated = record.date'])(
    '%s does not',
    (line) => {
      expect(readsClock(line)).toBe(false)
    },
  )
})
