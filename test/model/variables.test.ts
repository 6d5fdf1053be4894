import { describe, expect, test } from 'vitest'
import { scopesInNode } from '../../app/cli/nodeRunner.ts'
import { EventKind } from '../../app/engine/trace/events.ts'
import { variableFrames, variableTargets } from '../../app/model/variables.ts'
import { findEvent, sessionOf } from './sessionOf.ts'

const loop = `let total = 0\nfor (let i = 0; i < 4; i++) {\n  total += i\n  console.log('at', i)\n}\n`

describe('the Variables view', () => {
  test('asks for the statement before the step too, so it can tell what changed', () => {
    const session = sessionOf(loop)
    const log = findEvent(session, (i) => session.trace.kind[i] === EventKind.Console)
    const [before, at] = variableTargets(session.steps, log)
    expect(at).toBe(log)
    expect(before).toBeLessThan(log)
    expect(session.trace.kind[before!]).toBe(EventKind.Step)
  })

  test('marks the value that just changed, and only that one', () => {
    const session = sessionOf(loop)
    const logs: number[] = []
    for (let i = 0; i < session.trace.count; i++) if (session.trace.kind[i] === EventKind.Console) logs.push(i)
    // At the third turn's console.log, right after `total += i` ran: total changed, i did not.
    const step = session.steps.eventAt('statement', session.steps.indexAtOrBefore('statement', logs[2]! - 1))
    const [previous, current] = scopesInNode(loop, { host: 'node' }, variableTargets(session.steps, step))
    const [module] = variableFrames(current!, previous)
    expect(module!.vars.find((v) => v.name === 'i')).toMatchObject({ preview: '2', changed: false })
    expect(module!.vars.find((v) => v.name === 'total')).toMatchObject({ preview: '3', changed: true })
  })

  test('without a step before, nothing is marked as changed', () => {
    const snapshot = {
      seq: 3,
      frames: [{ name: 'main script', kind: 'module' as const, line: 0, vars: [{ name: 'a', preview: '1', scope: 'local' as const }] }],
    }
    expect(variableFrames(snapshot)[0]!.vars[0]!.changed).toBe(false)
  })
})
