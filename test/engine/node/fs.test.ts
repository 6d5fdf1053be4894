import { describe, expect, test } from 'vitest'
import { IoKind, TaskSource, EventKind } from '../../../app/engine/trace/events.ts'
import { ioRecords, lines, run } from '../world/helpers.ts'

describe('node:fs on the modelled thread pool', () => {
  test('five parallel reads: four run on the pool at once, the fifth waits for a thread', () => {
    const result = run(
      `import { readFile } from 'node:fs/promises'\nconst names = ['a', 'b', 'c', 'd', 'e']\nconst texts = await Promise.all(names.map((n) => readFile(n + '.txt', 'utf8')))\nconsole.log(texts.join(''), performance.now())\n`,
      { world: { files: { 'a.txt': 'A', 'b.txt': 'B', 'c.txt': 'C', 'd.txt': 'D', 'e.txt': 'E' }, disk: { latencyMs: 10 } } },
    )
    expect(lines(result)[0]).toMatch(/^ABCDE 2\d\.\d+$/)
    const records = ioRecords(result.trace)
    const reads = records.filter((r) => r.kind === IoKind.File)
    const waits = records.filter((r) => r.kind === IoKind.ThreadPoolWait)
    expect(reads.map((r) => Math.round(r.start))).toEqual([0, 0, 0, 0, 10])
    expect(waits).toHaveLength(1)
    expect(waits[0]!.label).toBe('readFile e.txt (waiting: 4 threads busy)')
    expect(Math.round(waits[0]!.end!)).toBe(10)
  })

  test('readFileSync blocks the loop for as long as the disk takes; readFile does not', () => {
    const program = (call: string) =>
      `import fs from 'node:fs'\nconst start = performance.now()\nsetTimeout(() => console.log('timer late by', Math.round(performance.now() - start - 5)), 5)\n${call}\n`
    const files = { 'big.log': 'x'.repeat(1_000_000) }
    const disk = { latencyMs: 1, bytesPerMs: 10_000 }
    const sync = run(program(`fs.readFileSync('big.log')`), { world: { files, disk } })
    const async = run(program(`fs.readFile('big.log', () => {})`), { world: { files, disk } })
    expect(lines(sync)[0]).toBe('timer late by 96')
    expect(lines(async)[0]).toBe('timer late by 0')
  })

  test('callbacks run as I/O tasks of the poll phase', () => {
    const result = run(`import fs from 'node:fs'\nfs.writeFileSync('x', '1')\nfs.readFile('x', 'utf8', (e, d) => console.log(d))\n`)
    expect(lines(result)).toEqual(['1'])
    const trace = result.trace
    let ioTasks = 0
    for (let i = 0; i < trace.count; i++) if (trace.kind[i] === EventKind.TaskStart && trace.b[i] === TaskSource.Io) ioTasks++
    expect(ioTasks).toBe(1)
  })

  test('world.files seeds the file system from the program, with a slower disk', () => {
    const result = run(
      `import { readFile } from 'node:fs/promises'\nworld.files({ 'notes/today.md': '# today' }, { latencyMs: 40 })\nconsole.log(await readFile('notes/today.md', 'utf8'), Math.round(performance.now()))\n`,
    )
    expect(lines(result)).toEqual(['# today 40'])
  })

  test('world.files explains bad input', () => {
    const result = run(`world.files(['a.txt'])\n`)
    expect(result.stderr).toContain('world.files: give the files as an object, path → contents')
    expect(run(`world.files({ 'a': 1 })\n`).stderr).toContain('must be a string')
    expect(run(`world.files({ a: 'x' }, { latencyMs: -1 })\n`).stderr).toContain('"latencyMs" must be a number')
  })
})
