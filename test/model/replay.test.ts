import { describe, expect, test } from 'vitest'
import { EventKind, JobKind, TaskSource } from '../../app/engine/trace/events.ts'
import { diagramModel } from '../../app/model/diagram.ts'
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

describe('replaying a trace', () => {
  test('while main runs, the stack holds the module and main, and the timer waits in the host', () => {
    const session = sessionOf(program)
    const logB = findEvent(
      session,
      (i) => session.trace.kind[i] === EventKind.Console && session.trace.strings[session.trace.b[i]!] === 'B\n',
    )
    const state = session.replayer.stateAt(logB + 1)
    expect(state.stack.map((f) => session.labels.frame(f.fnId))).toEqual(['(module)', 'main'])
    expect([...state.timers.values()].map((t) => t.delayUs)).toEqual([10_000])
    expect(state.microtasks.size).toBe(1)
    expect(state.consoleCount).toBe(2)
  })

  test('after the script task the microtasks wait in order: the then callback, main resuming, then Node’s module loader', () => {
    const session = sessionOf(program)
    const firstJob = findEvent(session, (i) => session.trace.kind[i] === EventKind.JobStart)
    const state = session.replayer.stateAt(firstJob)
    expect([...state.microtasks.values()].map((j) => j.kind)).toEqual([JobKind.Reaction, JobKind.AwaitResume, JobKind.Internal])
    const diagram = diagramModel(session, state, { internals: true })
    expect(diagram.microtasks.items.map((i) => i.title)).toEqual([
      'then callback, line 4',
      'resume main after await',
      'host internals (Node’s module loader)',
    ])
    expect(diagramModel(session, state).microtasks.items.map((i) => i.title)).toEqual(['then callback, line 4', 'resume main after await'])
    expect(diagram.waiting.items.map((i) => i.title)).toEqual(['setTimeout 10 ms'])
  })

  test('the timer task starts only when the clock reaches 10 ms, with nothing left in the microtask queue', () => {
    const session = sessionOf(program)
    const timerTask = findEvent(session, (i) => session.trace.kind[i] === EventKind.TaskStart && session.trace.b[i] === TaskSource.Timer)
    const state = session.replayer.stateAt(timerTask + 1)
    expect(state.time).toBeGreaterThanOrEqual(10_000)
    expect(state.microtasks.size).toBe(0)
    expect(state.timers.size).toBe(0)
    expect(state.task?.kind).toBe(TaskSource.Timer)
  })

  test('any step can be reached from a checkpoint and gives the same state as replaying from the start', () => {
    const loop = `let n = 0\nfor (let i = 0; i < 3000; i++) { n += i; if (i % 500 === 0) setTimeout(() => console.log(i), i) }\nconsole.log(n)`
    const session = sessionOf(loop)
    expect(session.replayer.checkpointCount).toBeGreaterThan(3)
    for (const seq of [0, 1, 777, 2048, 4099, session.trace.count]) {
      const fast = session.replayer.stateAt(seq)
      const slow = sessionOf(loop).replayer.stateAt(seq)
      expect({
        ...fast,
        microtasks: [...fast.microtasks],
        timers: [...fast.timers],
        ticks: [...fast.ticks],
        io: [...fast.io],
        coroutines: [...fast.coroutines],
      }).toEqual({
        ...slow,
        microtasks: [...slow.microtasks],
        timers: [...slow.timers],
        ticks: [...slow.ticks],
        io: [...slow.io],
        coroutines: [...slow.coroutines],
      })
    }
  })

  test('the console shows exactly the lines printed up to a step', () => {
    const session = sessionOf(program)
    const last = session.trace.count
    expect(session.console.countAt(last)).toBe(5)
    expect(session.console.lines.map((l) => l.text)).toEqual(['A', 'B', 'C', 'after await', 'D'])
    const timerTask = findEvent(session, (i) => session.trace.kind[i] === EventKind.TaskStart && session.trace.b[i] === TaskSource.Timer)
    expect(session.console.countAt(timerTask)).toBe(4)
  })
})
