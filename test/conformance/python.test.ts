import { beforeAll, describe, expect, test } from 'vitest'
import { pythonInterpreter, runPythonInNode } from '../../app/cli/pythonNodeRunner.ts'
import { join } from 'node:path'
import { cpythonAgreeing, cpythonVersion, loadPythonCorpus, REPO_ROOT, startCPythonRuns, type CPythonResult } from './pythonCorpus.ts'

const programs = loadPythonCorpus()
let local: [number, number] = [0, 0]

let nativeRuns = new Map<string, Promise<CPythonResult>>()

beforeAll(async () => {
  local = await cpythonVersion()
  nativeRuns = startCPythonRuns(programs.map((program) => program.path))
  await pythonInterpreter()
}, 120_000)

function atLeast(version: [number, number], wanted: [number, number]): boolean {
  return version[0] > wanted[0] || (version[0] === wanted[0] && version[1] >= wanted[1])
}

describe('Looplab runs asyncio programs as CPython does', () => {
  test('the corpus holds at least 80 asyncio programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(80)
  })

  for (const program of programs) {
    test(`${program.path} gives the same stdout and exit code as python3`, async (context) => {
      if (program.requires && !atLeast(local, program.requires.version)) {
        context.skip(
          `holds for CPython ${program.requires.version.join('.')}+ (local python3 is ${local.join('.')}): ${program.requires.reason}`,
        )
      }
      // CPython shows the script's absolute path (in reprs of tasks and in tracebacks); so does Looplab, given it.
      const looplab = await runPythonInNode(program.source, { fileName: join(REPO_ROOT, program.path), budgets: { maxWallMs: 20_000 } })
      // CPython's timers run on the real clock: it gets up to three tries to agree with Looplab's deterministic run.
      const native = await cpythonAgreeing(program.path, looplab, nativeRuns.get(program.path))
      expect(looplab.stdout).toBe(native.stdout)
      expect(looplab.exitCode).toBe(native.exitCode)
    })
  }
})
