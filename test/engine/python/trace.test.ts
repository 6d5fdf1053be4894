import { beforeAll, describe, expect, test } from 'vitest'
import { pythonInterpreter, runPythonInNode, type PythonNodeResult } from '../../../app/cli/pythonNodeRunner.ts'
import type { TraceColumns } from '../../../app/engine/trace/columns.ts'
import { CoroutineKind, EventKind, JobKind, LabelTarget, RunEndReason, TimerKind } from '../../../app/engine/trace/events.ts'

/** One decoded trace event, with its sequence number. */
interface TraceEvent {
  seq: number
  kind: number
  time: number
  loc: number
  cause: number
  a: number
  b: number
  c: number
}

function events(trace: TraceColumns): TraceEvent[] {
  const all: TraceEvent[] = []
  for (let seq = 0; seq < trace.count; seq++) {
    all.push({
      seq,
      kind: trace.kind[seq]!,
      time: trace.time[seq]!,
      loc: trace.loc[seq]!,
      cause: trace.cause[seq]!,
      a: trace.a[seq]!,
      b: trace.b[seq]!,
      c: trace.c[seq]!,
    })
  }
  return all
}

function only<T>(items: T[], what: string): T {
  expect(items, what).toHaveLength(1)
  return items[0]!
}

function run(source: string): Promise<PythonNodeResult> {
  return runPythonInNode(source, { fileName: 'main.py', budgets: { maxWallMs: 20_000 } })
}

/** The 1-based line a trace location points at. */
function lineOf(result: PythonNodeResult, loc: number): number | undefined {
  return result.program?.locations[loc]?.line
}

beforeAll(async () => {
  await pythonInterpreter()
}, 120_000)

describe('the trace of a Python run', () => {
  test('a task made by create_task appears as a coroutine start with its name before its first step runs', async () => {
    const result = await run(
      [
        'import asyncio',
        'async def fetch(n):',
        '    await asyncio.sleep(0.1)',
        'async def main():',
        '    task = asyncio.create_task(fetch(1), name="fetcher")',
        '    await task',
        'asyncio.run(main())',
      ].join('\n'),
    )
    expect(result.exitCode).toBe(0)
    const all = events(result.trace)
    const fetchFunction = result.program!.functions.findIndex((f) => f.name === 'fetch')
    expect(fetchFunction).toBeGreaterThan(0)
    const start = only(
      all.filter((e) => e.kind === EventKind.CoroutineStart && e.b === fetchFunction),
      'one coroutine start for fetch',
    )
    expect(start.c).toBe(CoroutineKind.PyTask)
    const label = only(
      all.filter((e) => e.kind === EventKind.Label && e.a === LabelTarget.Coroutine && e.b === start.a),
      'one label for the task',
    )
    expect(result.trace.strings[label.c]).toBe('fetcher')
    const firstStep = all.find((e) => e.kind === EventKind.JobStart && e.b === JobKind.PyTaskStep && e.c === start.a)
    expect(firstStep).toBeDefined()
    expect(start.seq).toBeLessThan(firstStep!.seq)
    expect(label.seq).toBeLessThan(firstStep!.seq)
    const enqueue = all.find((e) => e.kind === EventKind.JobEnqueue && e.a === firstStep!.a)
    expect(enqueue?.b).toBe(JobKind.PyTaskStep)
    expect(lineOf(result, enqueue!.loc)).toBe(5)
  })

  test('asyncio.sleep sets a call_later timer whose due moves a handle into the ready queue, which then runs', async () => {
    const result = await run(
      ['import asyncio', 'async def main():', '    await asyncio.sleep(0.25)', '    print("awake")', 'asyncio.run(main())'].join('\n'),
    )
    expect(result.stdout).toBe('awake\n')
    const all = events(result.trace)
    const set = only(
      all.filter((e) => e.kind === EventKind.TimerSet && e.b === 250_000),
      'one timer of 0.25 s',
    )
    expect(set.c).toBe(TimerKind.CallLater)
    expect(lineOf(result, set.loc)).toBe(3)
    const timerLabel = all.find((e) => e.kind === EventKind.Label && e.a === LabelTarget.Timer && e.b === set.a)
    expect(result.trace.strings[timerLabel!.c]).toContain('asyncio.sleep')
    const due = only(
      all.filter((e) => e.kind === EventKind.TimerDue && e.a === set.a),
      'the timer falls due once',
    )
    expect(due.cause).toBe(set.seq)
    expect(due.time - set.time).toBeGreaterThanOrEqual(250_000)
    const idle = all.filter((e) => e.kind === EventKind.Idle && e.seq > set.seq && e.seq < due.seq)
    expect(idle.length).toBeGreaterThan(0)
    const enqueue = only(
      all.filter((e) => e.kind === EventKind.JobEnqueue && e.a === due.b),
      'the due timer becomes one ready handle',
    )
    expect(enqueue.cause).toBe(due.seq)
    expect(enqueue.b).toBe(JobKind.PyCallback)
    const started = all.find((e) => e.kind === EventKind.JobStart && e.a === due.b)
    expect(started!.seq).toBeGreaterThan(enqueue.seq)
  })

  test('a task that awaits a sleep is recorded as waiting for its timer, at the line of its await', async () => {
    const result = await run(
      ['import asyncio', 'async def main():', '    x = 1', '    await asyncio.sleep(2)', 'asyncio.run(main())'].join('\n'),
    )
    const waits = events(result.trace).filter((e) => e.kind === EventKind.TaskWait)
    const sleeping = waits.find((e) => result.trace.strings[e.c]!.startsWith('asyncio.sleep()'))
    expect(sleeping).toBeDefined()
    expect(result.trace.strings[sleeping!.c]).toContain('due at 2')
    expect(lineOf(result, sleeping!.loc)).toBe(4)
  })

  test('time.sleep records a Block for as long as the thread was blocked, and the clock moves past it', async () => {
    const result = await run(
      ['import asyncio, time', 'async def main():', '    time.sleep(0.3)', '    print("after")', 'asyncio.run(main())'].join('\n'),
    )
    const all = events(result.trace)
    const block = only(
      all.filter((e) => e.kind === EventKind.Block),
      'one block',
    )
    expect(block.a).toBe(300_000)
    expect(lineOf(result, block.loc)).toBe(3)
    const printed = all.find((e) => e.kind === EventKind.Console && result.trace.strings[e.b] === 'after\n')
    expect(printed!.time).toBeGreaterThanOrEqual(block.time)
    expect(printed!.time).toBeGreaterThanOrEqual(300_000)
  })

  test('call_soon callbacks are enqueued as callback jobs with their calls described, and start in FIFO order', async () => {
    const result = await run(
      [
        'import asyncio',
        'def say(word):',
        '    print(word)',
        'async def main():',
        '    loop = asyncio.get_running_loop()',
        '    for word in ("a", "b", "c"):',
        '        loop.call_soon(say, word)',
        '    await asyncio.sleep(0)',
        'asyncio.run(main())',
      ].join('\n'),
    )
    expect(result.stdout).toBe('a\nb\nc\n')
    const all = events(result.trace)
    const enqueued = all.filter(
      (e) => e.kind === EventKind.JobEnqueue && e.b === JobKind.PyCallback && result.trace.strings[e.c]!.startsWith('say('),
    )
    expect(enqueued.map((e) => result.trace.strings[e.c])).toEqual(["say('a')", "say('b')", "say('c')"])
    const startOrder = all.filter((e) => e.kind === EventKind.JobStart && enqueued.some((q) => q.a === e.a)).map((e) => e.a)
    expect(startOrder).toEqual(enqueued.map((e) => e.a))
  })

  test('an uncaught exception is recorded with its traceback and ends the run with exit code 1', async () => {
    const result = await run(['import asyncio', 'async def main():', '    raise ValueError("boom")', 'asyncio.run(main())'].join('\n'))
    const all = events(result.trace)
    const error = only(
      all.filter((e) => e.kind === EventKind.UncaughtError),
      'one uncaught error',
    )
    expect(result.trace.strings[error.a]).toContain('ValueError: boom')
    expect(result.trace.strings[error.a]).toContain('raise ValueError("boom")')
    const end = all.at(-1)!
    expect(end.kind).toBe(EventKind.RunEnd)
    expect(end.a).toBe(1)
    expect(end.b).toBe(RunEndReason.UncaughtError)
  })

  test('a SyntaxError gives a diagnostic with its line and column, and nothing runs', async () => {
    const result = await run('print("before")\ndef broken(:\n    pass\n')
    expect(result.diagnostics).toHaveLength(1)
    const diagnostic = result.diagnostics![0]!
    expect(diagnostic.message).toMatch(/^SyntaxError: /)
    expect(diagnostic.line).toBe(2)
    expect(diagnostic.column).toBe(12)
    expect(result.outcome).toBeUndefined()
    expect(result.trace.count).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.exitCode).toBe(1)
  })
})
