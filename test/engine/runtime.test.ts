import { describe, expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { TraceColumns } from '../../app/engine/trace/columns.ts'
import { BudgetKind, EventKind, RunEndReason } from '../../app/engine/trace/events.ts'
import { readTraceFile, writeTraceFile } from '../../app/engine/trace/file.ts'

describe('runtime errors and budgets', () => {
  test('a runtime error is reported with its TypeScript line and column, and the program exits with 1', () => {
    const result = runInNode(`type T = { a?: { b: number } }\nconst t: T = {}\nconsole.log('before')\nconsole.log(t.a!.b)\n`, {
      host: 'node',
    })
    expect(result.stdout).toBe('before\n')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain("TypeError: Cannot read properties of undefined (reading 'b')")
    expect(result.stderr).toContain('main.ts:4:')
  })

  test('an error thrown in an async method names the method and its line in the stack', () => {
    const result = runInNode(
      `class Repo {\n  async load() {\n    await null\n    throw new Error('missing')\n  }\n}\ntry { await new Repo().load() } catch (e) { console.log((e as Error).stack) }\n`,
      { host: 'node' },
    )
    expect(result.stdout).toContain('Error: missing\n    at Repo.load (main.ts:4:11)')
  })

  test('an endless microtask loop ends with an explanation a learner understands', () => {
    const result = runInNode(`function again() { queueMicrotask(again) }\nagain()\nsetTimeout(() => console.log('never'), 0)\n`, {
      host: 'node',
      budgets: { maxMicrotasksPerCheckpoint: 10_000 },
    })
    expect(result.outcome?.reason).toBe(RunEndReason.Budget)
    expect(result.outcome?.budget).toBe(BudgetKind.Microtasks)
    expect(result.outcome?.explanation).toContain('microtask queue never emptied')
    expect(result.stdout).toBe('')
  })

  test('an endless loop is stopped by the step budget, even when it tries to catch the stop', () => {
    const result = runInNode(`let n = 0\nwhile (true) { try { n++ } catch { } }\n`, { host: 'node', budgets: { maxSteps: 50_000 } })
    expect(result.outcome?.budget).toBe(BudgetKind.Steps)
    expect(result.stderr).toContain('without finishing')
  })

  test('a busy-wait on Date.now() ends, because statements cost virtual time', () => {
    const result = runInNode(`const start = Date.now()\nwhile (Date.now() - start < 30) {}\nconsole.log('waited', Date.now() - start)\n`, {
      host: 'node',
    })
    expect(result.stdout).toBe('waited 30\n')
  })

  test('unbounded recursion is a RangeError the program can catch', () => {
    const result = runInNode(
      `function down(n: number): number { return down(n + 1) }\ntry { down(0) } catch (e) { console.log((e as Error).name, (e as Error).message) }\n`,
      { host: 'node' },
    )
    expect(result.stdout).toBe('RangeError Maximum call stack size exceeded\n')
  })

  test('the same program gives the same trace, byte for byte, and Math.random is seeded', () => {
    const source = `console.log(Math.random())\nsetTimeout(() => console.log(Date.now()), 5)\n`
    const a = runInNode(source, { host: 'node', seed: 3 })
    const b = runInNode(source, { host: 'node', seed: 3 })
    const c = runInNode(source, { host: 'node', seed: 4 })
    expect(a.batches.map((x) => [...x.bytes])).toEqual(b.batches.map((x) => [...x.bytes]))
    expect(a.stdout).toBe(b.stdout)
    expect(a.stdout).not.toBe(c.stdout)
  })
})

describe('the trace format', () => {
  const run = runInNode(`const p = Promise.resolve(1)\nawait p\nsetTimeout(() => console.log('x'), 1)\n`, { host: 'node' })

  test('a trace file round-trips: the same events come back', () => {
    const file: unknown = JSON.parse(JSON.stringify(writeTraceFile(run.batches, run.program!, 'node', { exitCode: 0, reason: 0 })))
    const { batch, program, host } = readTraceFile(file)
    const columns = new TraceColumns()
    columns.append(batch)
    expect(host).toBe('node')
    expect(program.source).toBe(run.program!.source)
    expect(columns.count).toBe(run.trace.count)
    expect([...columns.kind.subarray(0, columns.count)]).toEqual([...run.trace.kind.subarray(0, run.trace.count)])
    expect([...columns.time.subarray(0, columns.count)]).toEqual([...run.trace.time.subarray(0, run.trace.count)])
  })

  test('a trace from a newer format version is refused with a clear message', () => {
    const file = { ...writeTraceFile(run.batches, run.program!, 'node'), version: 99 }
    expect(() => readTraceFile(file)).toThrow(/newer Looplab/)
    expect(() => readTraceFile({ format: 'something else' })).toThrow(/not a Looplab trace/)
  })

  test('every event has a time that never goes backwards, and causes point to earlier events', () => {
    const t = run.trace
    for (let i = 1; i < t.count; i++) {
      expect(t.time[i]!).toBeGreaterThanOrEqual(t.time[i - 1]!)
      expect(t.cause[i]!).toBeLessThan(i)
    }
    expect(t.kind[0]).toBe(EventKind.RunStart)
    expect(t.kind[t.count - 1]).toBe(EventKind.RunEnd)
  })

  test('a batch that does not follow the previous one is refused', () => {
    const columns = new TraceColumns()
    expect(() => columns.append({ ...run.batches[0]!, firstSeq: 5 })).toThrow(/starts at event 5/)
  })
})
