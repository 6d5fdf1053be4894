import { describe, expect, test } from 'vitest'
import { inspectPythonInNode, runPythonInNode, scopesInPython } from '../../../app/cli/pythonNodeRunner.ts'
import type { ScopeSnapshot } from '../../../app/engine/runtime/scopes.ts'
import { EventKind, RunEndReason } from '../../../app/engine/trace/events.ts'
import { variableFrames } from '../../../app/model/variables.ts'
import { dedent } from './helpers.ts'

/** The events of the program's console lines, in order. */
async function consoleEvents(source: string): Promise<number[]> {
  const { trace } = await runPythonInNode(source, {})
  const found: number[] = []
  for (let i = 0; i < trace.count; i++) if (trace.kind[i] === EventKind.Console) found.push(i)
  return found
}

/** The step events of a source line, in order. */
async function lineSteps(source: string, line: number): Promise<number[]> {
  const { trace, program } = await runPythonInNode(source, {})
  const found: number[] = []
  for (let i = 0; i < trace.count; i++)
    if (trace.kind[i] === EventKind.Step && program!.locations[trace.loc[i]!]!.line === line) found.push(i)
  return found
}

const vars = (frame: ScopeSnapshot['frames'][number] | undefined) => Object.fromEntries((frame?.vars ?? []).map((v) => [v.name, v.preview]))

const workers = dedent(`
  import asyncio
  import random
  from asyncio import sleep

  LIMIT = 3

  async def worker(name, delay):
      count = 0
      for i in range(LIMIT):
          count += i
          await sleep(delay)
          print(name, i)
      return count

  async def main():
      results = await asyncio.gather(worker('a', 0.1), worker('b', 0.15))
      print('done', results)

  asyncio.run(main())
`)

describe('looking at the variables of a Python run', () => {
  test('a coroutine paused at await asyncio.sleep shows its locals while another task runs', async () => {
    const logs = await consoleEvents(workers)
    // The second line is b's first: a is asleep after its second turn.
    const [snapshot] = await scopesInPython(workers, [logs[1]!])
    const running = snapshot!.frames.find((f) => f.kind === 'function')!
    expect(running.name).toBe('worker (Task-3)')
    expect(running.line).toBe(7)
    expect(vars(running)).toEqual({ name: "'b'", delay: '0.15', count: '0', i: '0' })
    const paused = snapshot!.frames.find((f) => f.kind === 'suspended' && f.name === 'worker (Task-2)')!
    expect(paused.line).toBe(11)
    expect(vars(paused)).toEqual({ name: "'a'", delay: '0.1', count: '1', i: '1' })
    const main = snapshot!.frames.find((f) => f.name === 'main (Task-1)')!
    expect(main).toMatchObject({ kind: 'suspended', line: 16 })
  })

  test('the frames come as the TypeScript side gives them: the top level first, the call stack innermost last, then paused coroutines', async () => {
    const source = dedent(`
      def outer(n):
          total = n * 2
          return inner(total)

      def inner(value):
          print('inner', value)
          return value

      outer(4)
    `)
    const [log] = await consoleEvents(source)
    const [snapshot] = await scopesInPython(source, [log!])
    expect(snapshot!.seq).toBe(log)
    expect(snapshot!.frames.map((f) => [f.name, f.kind, f.line])).toEqual([
      ['<module>', 'module', 0],
      ['outer', 'function', 1],
      ['inner', 'function', 5],
    ])
    expect(vars(snapshot!.frames[1])).toEqual({ n: '4', total: '8' })
    expect(vars(snapshot!.frames[2])).toEqual({ value: '8' })
  })

  test("a loop variable's value differs at two different steps of one run", async () => {
    const source = dedent(`
      total = 0
      for i in range(4):
          total += i
          print('at', i)
    `)
    const steps = await lineSteps(source, 4)
    const [first, third] = await scopesInPython(source, [steps[0]!, steps[2]!])
    expect(vars(first!.frames[0])).toMatchObject({ i: '0', total: '0' })
    expect(vars(third!.frames[0])).toMatchObject({ i: '2', total: '3' })
  })

  test('module-level variables appear, and imported modules and functions and dunder names do not', async () => {
    const logs = await consoleEvents(workers)
    const [snapshot] = await scopesInPython(workers, [logs[0]!])
    const module = snapshot!.frames[0]!
    expect(module).toMatchObject({ name: '<module>', kind: 'module', line: 0 })
    expect(vars(module)).toEqual({ LIMIT: '3', worker: '<coroutine function worker>', main: '<coroutine function main>' })
  })

  test('a step is seen as its line begins: the statement has not run yet', async () => {
    const source = dedent(`
      a = 1
      b = [a, 'two', {'three': 3}]
      print(b)
    `)
    const [atB, atPrint] = await scopesInPython(source, [...(await lineSteps(source, 2)), ...(await lineSteps(source, 3))])
    expect(vars(atB!.frames[0])).toEqual({ a: '1' })
    expect(vars(atPrint!.frames[0])).toEqual({ a: '1', b: "[1, 'two', {'three': 3}]" })
  })

  test('a program stopped by the snapshot does not print past that point, and ends as stopped', async () => {
    const source = dedent(`
      print('one')
      print('two')
      n = 0
      while True:
          n += 1
    `)
    const [first] = await consoleEvents(source.replace(/while True:\n.*\n/, ''))
    const inspection = await inspectPythonInNode(source, [first!])
    expect(inspection.stdout).toBe('one\n')
    expect(inspection.outcome.reason).toBe(RunEndReason.Stopped)
    expect(inspection.snapshots).toHaveLength(1)
  })

  test('long values are cut short, memory addresses are left out, and a failing __repr__ does not break the snapshot', async () => {
    const source = dedent(`
      class Broken:
          def __repr__(self):
              raise ValueError('no')

      class Plain:
          pass

      big = list(range(1000))
      text = 'x' * 500
      broken = Broken()
      plain = Plain()
      print('here')
    `)
    const [log] = await consoleEvents(source)
    const [snapshot] = await scopesInPython(source, [log!])
    const shown = vars(snapshot!.frames[0])
    expect(shown.big!.length).toBeLessThanOrEqual(200)
    expect(shown.text!.length).toBeLessThanOrEqual(200)
    expect(shown.broken).toBe('<Broken instance>')
    expect(shown.plain).toBe('<__main__.Plain object>')
  })

  test("a learner's __repr__ formatting a value adds nothing to the trace: a later snapshot still lands on its step", async () => {
    const source = dedent(`
      class Point:
          def __init__(self, x):
              self.x = x
          def __repr__(self):
              return f'Point({self.x})'

      p = Point(1)
      for k in range(3):
          p = Point(k + 10)
          print(p)
    `)
    const logs = await consoleEvents(source)
    const [a, b] = await scopesInPython(source, [logs[0]!, logs[2]!])
    expect(vars(a!.frames[0])).toMatchObject({ p: 'Point(10)', k: '0' })
    expect(vars(b!.frames[0])).toMatchObject({ p: 'Point(12)', k: '2' })
  })

  test('a target past the end of the run is answered with the top level as it ended', async () => {
    const source = 'x = 41\nx += 1\n'
    const { trace } = await runPythonInNode(source, {})
    const [snapshot] = await scopesInPython(source, [trace.count - 1])
    expect(vars(snapshot!.frames[0])).toEqual({ x: '42' })
  })

  test('the Variables view marks what changed between the step before and this one', async () => {
    const source = dedent(`
      total = 0
      for i in range(4):
          total += i
          print('at', i)
    `)
    // At the third turn's print, right after `total += i` ran: total changed, i did not.
    const [previous, current] = await scopesInPython(source, [(await lineSteps(source, 3))[2]!, (await lineSteps(source, 4))[2]!])
    const [module] = variableFrames(current!, previous)
    expect(module!.vars.find((v) => v.name === 'i')).toMatchObject({ preview: '2', changed: false })
    expect(module!.vars.find((v) => v.name === 'total')).toMatchObject({ preview: '3', changed: true })
  })
})

describe('previews of asyncio objects', () => {
  test('a task is shown in few words: its state, its name, where it waits or what it returned', async () => {
    const source = dedent(`
      import asyncio

      async def brew(name, seconds):
          await asyncio.sleep(seconds)
          return name.upper()

      async def main():
          tea = asyncio.create_task(brew('tea', 0.3))
          coffee = asyncio.create_task(brew('coffee', 0.1))
          await asyncio.sleep(0.2)
          print('checking')
          await asyncio.gather(tea, coffee)

      asyncio.run(main())
    `)
    const { trace } = await runPythonInNode(source, {})
    let log = -1
    for (let i = 0; i < trace.count && log < 0; i++) if (trace.kind[i] === EventKind.Console) log = i
    const [snapshot] = await scopesInPython(source, [log])
    const main = vars(snapshot!.frames.find((f) => f.name === 'main (Task-1)'))
    expect(main.tea).toBe("<Task pending name='Task-2' coro=brew() at line 4>")
    expect(main.coffee).toBe("<Task finished name='Task-3' result='COFFEE'>")
  })

  test('a task created but not yet started says so', async () => {
    const source = dedent(`
      import asyncio

      async def job():
          return 1

      async def main():
          task = asyncio.create_task(job())
          print('created')
          await task

      asyncio.run(main())
    `)
    const { trace } = await runPythonInNode(source, {})
    let log = -1
    for (let i = 0; i < trace.count && log < 0; i++) if (trace.kind[i] === EventKind.Console) log = i
    const [snapshot] = await scopesInPython(source, [log])
    const main = snapshot!.frames.find((f) => f.name === 'main (Task-1)')!
    expect(main.kind).toBe('function')
    expect(vars(main).task).toBe("<Task pending name='Task-2' coro=job() not started yet>")
  })
})
