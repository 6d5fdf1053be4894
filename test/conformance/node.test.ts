import { describe, expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { loadCorpus, nodeSyntaxError, withoutStackFrames } from './corpus.ts'
import { runNative } from './native.ts'

const programs = loadCorpus().filter((program) => program.host === 'node')

describe.concurrent('the engine prints what Node prints', () => {
  test('the corpus holds at least 150 node-host programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(150)
  })

  for (const program of programs.filter((p) => p.earlyError)) {
    test(`${program.name} is refused with the SyntaxError node reports, at the same line and column`, async () => {
      const native = await runNative(program.source, program.name, 10_000, { verbatim: true })
      const expected = nodeSyntaxError(native.stderr)
      expect(expected, 'node refuses the program with a SyntaxError').toBeDefined()
      const engine = runInNode(program.source, { host: 'node', budgets: { maxWallMs: 10_000 } })
      const first = engine.diagnostics?.[0]
      expect(first && { message: first.message, line: first.line, column: first.column }).toEqual(expected)
      expect(engine.stdout).toBe(native.stdout)
      expect(engine.exitCode).toBe(native.exitCode)
    })
  }

  for (const program of programs.filter((p) => !p.earlyError)) {
    test(`${program.name} gives the same stdout and exit code as node`, async () => {
      const native = await runNative(program.source, program.name, 10_000, { files: program.files })
      const engine = runInNode(program.source, {
        host: 'node',
        budgets: { maxWallMs: 10_000 },
        ...(program.files ? { world: { files: program.files } } : {}),
      })
      expect(withoutStackFrames(engine.stdout)).toBe(withoutStackFrames(native.stdout))
      expect(engine.exitCode).toBe(native.exitCode)
    })
  }
})
