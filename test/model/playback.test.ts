import { describe, expect, test } from 'vitest'
import { EventKind, TaskSource } from '../../app/engine/trace/events.ts'
import { diagramModel, runCounts } from '../../app/model/diagram.ts'
import { activePill, loopLine, loopStepAt, PROFILES } from '../../app/model/profiles.ts'
import { placeAfterSwitch } from '../../app/model/steps.ts'
import { findEvent, sessionOf } from './sessionOf.ts'

const program = `
console.log('A')
setTimeout(function later() { console.log('D') }, 10)
Promise.resolve().then(function first() { console.log('C') })
async function main() {
  console.log('B')
  await null
  console.log('after await')
}
main()
`

describe('playing a run', () => {
  test('switching granularity keeps the event on screen, and switching back returns to the same statement step', () => {
    const session = sessionOf(program)
    const { steps } = session
    const statement = 6
    const seq = steps.eventAt('statement', statement)
    const coarse = placeAfterSwitch(steps, 'microtask', seq)
    expect(coarse.seq).toBe(seq)
    expect(steps.eventAt('microtask', coarse.index)).toBeLessThanOrEqual(seq)
    expect(placeAfterSwitch(steps, 'statement', coarse.seq).index).toBe(statement)
  })

  test('callback steps skip the host’s own jobs', () => {
    const session = sessionOf(program)
    const { steps, trace } = session
    for (let k = 0; k < steps.count('microtask'); k++) {
      const i = steps.eventAt('microtask', k)
      if (trace.kind[i] === EventKind.JobStart) expect(session.labels.job(trace.b[i]!, trace.c[i]!, 0)).not.toContain('host internals')
    }
  })

  test('the counts leave out Node’s loader jobs and exit-event task unless internals are shown', () => {
    const session = sessionOf(program)
    const end = session.replayer.stateAt(session.trace.count)
    expect(runCounts(end)).toEqual({ tasksRun: 2, jobsRun: 2 })
    expect(runCounts(end, true).tasksRun).toBe(3)
    expect(runCounts(end, true).jobsRun).toBeGreaterThan(2)
  })

  test('while the script runs, the stack shows one "main script" card and main, not the module’s frame as well', () => {
    const session = sessionOf(program)
    const logB = findEvent(
      session,
      (i) => session.trace.kind[i] === EventKind.Console && session.trace.strings[session.trace.b[i]!] === 'B\n',
    )
    const state = session.replayer.stateAt(logB + 1)
    expect(diagramModel(session, state).stack.items.map((i) => i.title)).toEqual(['main script', 'main'])
    expect(diagramModel(session, state, { internals: true }).stack.items.map((i) => i.title)).toEqual(['main script', '(module)', 'main'])
  })

  test('a pending timer counts down', () => {
    const session = sessionOf(program)
    const firstJob = findEvent(session, (i) => session.trace.kind[i] === EventKind.JobStart)
    const timer = diagramModel(session, session.replayer.stateAt(firstJob + 1)).waiting.items[0]!
    expect(timer.countdown?.elapsed).toBeGreaterThanOrEqual(0)
    expect(timer.countdown?.elapsed).toBeLessThan(0.1)
    expect(timer.countdown?.left).toMatch(/ms$/)
  })

  test('the loop steps are named: a task, then all microtasks, then the browser renders', () => {
    const session = sessionOf(
      `requestAnimationFrame(() => console.log('frame'))\nPromise.resolve().then(() => console.log('then'))\n`,
      'browser',
    )
    const { trace } = session
    const job = findEvent(session, (i) => trace.kind[i] === EventKind.JobStart)
    const render = findEvent(session, (i) => trace.kind[i] === EventKind.TaskStart && trace.b[i] === TaskSource.Render)
    expect(loopStepAt(session.replayer.stateAt(3))).toBe('task')
    expect(loopStepAt(session.replayer.stateAt(job + 1))).toBe('microtasks')
    expect(loopStepAt(session.replayer.stateAt(render + 1))).toBe('render')
    expect(activePill('browser', session.replayer.stateAt(render + 1))).toBe('render')
    const line = loopLine('browser', session.replayer.stateAt(job + 1))
    expect(line.steps.map((s) => s.label)).toEqual(['Run a task', 'Run all microtasks', 'Render'])
    expect(line.steps.find((s) => s.current)?.id).toBe('microtasks')
  })

  test('every profile describes each of its pills in one line', () => {
    for (const wording of Object.values(PROFILES)) for (const pill of wording.pills) expect(pill.description).toMatch(/^[A-Z].{20,140}\.$/)
  })

  test('node’s pill follows its phase: timers while a timer callback runs', () => {
    const session = sessionOf(program)
    const timerTask = findEvent(session, (i) => session.trace.kind[i] === EventKind.TaskStart && session.trace.b[i] === TaskSource.Timer)
    expect(activePill('node', session.replayer.stateAt(timerTask + 1))).toBe('timers')
    expect(activePill('node', session.replayer.stateAt(4))).toBe('main')
  })
})
