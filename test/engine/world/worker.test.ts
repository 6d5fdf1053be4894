import { describe, expect, test } from 'vitest'
import { BudgetKind, EventKind, IoKind, RunEndReason } from '../../../app/engine/trace/events.ts'
import { ioRecords, isMonotonic, lines, run } from './helpers.ts'

describe.each(['node', 'browser'] as const)('workers under the %s profile', (host) => {
  test('two workers run 100 ms jobs in parallel, one worker runs its jobs one after the other', () => {
    const result = run(
      `
      const heavy = (n) => { world.cpu(100); return n * 2 }
      const a = world.createWorker(heavy, { name: 'resize' })
      const b = world.createWorker(heavy, { name: 'thumb' })
      const t0 = performance.now()
      console.log('parallel', (await Promise.all([a.run(1), b.run(2)])).join(','), Math.round(performance.now() - t0))
      const t1 = performance.now()
      const both = Promise.all([a.run(3), a.run(4)])
      console.log('busy until', Math.round(a.busyUntil() - t1))
      console.log('queued', (await both).join(','), Math.round(performance.now() - t1))
      `,
      { host },
    )
    expect(lines(result)).toEqual(['parallel 2,4 100', 'busy until 200', 'queued 6,8 200'])
    const jobs = ioRecords(result.trace).filter((r) => r.kind === IoKind.WorkerMessage)
    expect(jobs.map((r) => [r.label, Math.round(r.end! - r.start)])).toEqual([
      ['worker resize #1', 100],
      ['worker thumb #1', 100],
      ['worker resize #2', 100],
      ['worker resize #3', 200],
    ])
    expect(isMonotonic(result.trace)).toBe(true)
  })

  test('the main thread stays free while workers compute: a 50 ms timer fires at 50 ms', () => {
    const result = run(
      `
      const w = world.createWorker((n) => { world.cpu(100); return n })
      const t0 = performance.now()
      setTimeout(() => console.log('timer at', Math.round(performance.now() - t0)), 50)
      console.log('result', await w.run(7), 'at', Math.round(performance.now() - t0))
      `,
      { host },
    )
    expect(lines(result)).toEqual(['timer at 50', 'result 7 at 100'])
  })

  test('worker time is the worker’s own: Date.now and loops inside it advance its clock, not the main one', () => {
    const result = run(
      `
      const w = world.createWorker(() => { const start = performance.now(); let x = 0; for (let i = 0; i < 20000; i++) x += i; return performance.now() - start })
      const t0 = performance.now()
      const p = w.run(null)
      console.log('main barely moved', performance.now() - t0 < 1)
      const spent = await p
      console.log('worker spent', spent > 30, 'delivered after it', performance.now() - t0 >= spent)
      `,
      { host },
    )
    expect(lines(result)).toEqual(['main barely moved true', 'worker spent true delivered after it true'])
  })

  test('input and result are cloned; a throw, a promise or an uncloneable result rejects the run', () => {
    const result = run(
      `
      const input = { items: [1, 2, 3] }
      const w = world.createWorker((data) => { data.items.push(4); return data })
      const out = await w.run(input)
      console.log(input.items.length, out.items.length, out !== input)
      const failing = world.createWorker((n) => { if (n > 1) throw new RangeError('too big: ' + n); return n })
      try { await failing.run(5) } catch (e) { console.log(e.name, e.message) }
      console.log('next job still runs', await failing.run(1))
      try { await world.createWorker(async (n) => n).run(1) } catch (e) { console.log(e.name) }
      try { await world.createWorker(() => () => 1).run(1) } catch (e) { console.log(e.name) }
      try { await w.run({ f() {} }) } catch (e) { console.log('input', e.name) }
      `,
      { host },
    )
    expect(lines(result)).toEqual([
      '3 4 true',
      'RangeError too big: 5',
      'next job still runs 1',
      'TypeError',
      'DataCloneError',
      'input DataCloneError',
    ])
    expect(
      ioRecords(result.trace)
        .filter((r) => r.kind === IoKind.WorkerMessage)
        .map((r) => r.failed),
    ).toEqual([false, true, false, true, true])
  })

  test('console output of a worker job appears when its result reaches the main thread', () => {
    const result = run(
      `
      const w = world.createWorker((n) => { console.log('worker starts', n); world.cpu(40); console.log('worker ends', n); return n })
      setTimeout(() => console.log('main at 20'), 20)
      await w.run(1)
      console.log('main got it')
      `,
      { host },
    )
    expect(lines(result)).toEqual(['main at 20', 'worker starts 1', 'worker ends 1', 'main got it'])
    expect(isMonotonic(result.trace)).toBe(true)
  })
})

test('simulated I/O cannot start inside a worker job: the job fails with a clear error', () => {
  const result = run(`
    const w = world.createWorker(() => fetch('/data'), { name: 'crawler' })
    try { await w.run(1) } catch (e) { console.log(e.name + ': ' + e.message) }
    console.log('main thread fetch still works', (await fetch('/data')).ok)
  `)
  expect(lines(result)).toEqual([
    'TypeError: fetch is not available inside a job of the worker crawler: a worker job is synchronous CPU work (use world.cpu to spend time).',
    'main thread fetch still works true',
  ])
})

test('an endless loop in a worker still hits the step budget', () => {
  const result = run(
    `
    console.log('start')
    world.createWorker(() => { console.log('spinning'); while (true) {} }).run(1)
    `,
    { budgets: { maxSteps: 200_000 } },
  )
  expect(result.outcome?.reason).toBe(RunEndReason.Budget)
  expect(result.outcome?.budget).toBe(BudgetKind.Steps)
  expect(lines(result)).toEqual(['start', 'spinning'])
  expect(isMonotonic(result.trace)).toBe(true)
  expect(result.trace.kind[result.trace.count - 1]).toBe(EventKind.RunEnd)
})

test('world.cpu burns virtual time on the current thread and counts against the step budget', () => {
  const timed = run(`
    const t0 = performance.now()
    setTimeout(() => console.log('timer late, at', Math.round(performance.now() - t0)), 10)
    world.cpu(75)
    console.log('cpu took', Math.round(performance.now() - t0))
  `)
  expect(lines(timed)).toEqual(['cpu took 75', 'timer late, at 75'])
  const stopped = run(`world.cpu(10_000); console.log('never')`, { budgets: { maxSteps: 1_000_000 } })
  expect(stopped.outcome?.budget).toBe(BudgetKind.Steps)
  expect(stopped.trace.time[stopped.trace.count - 1]! / 1000).toBeLessThan(1100)
})
