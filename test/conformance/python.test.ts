import { beforeAll, describe, expect, test } from 'vitest'
import { pythonInterpreter, runPythonInNode } from '../../app/cli/pythonNodeRunner.ts'
import { join } from 'node:path'
import { cpythonVersion, loadPythonCorpus, REPO_ROOT, runCPython, type CPythonResult } from './pythonCorpus.ts'

const programs = loadPythonCorpus()
let local: [number, number] = [0, 0]

/**
 * CPython's runs wait on the real clock (the programs sleep), so they start ahead, a few at a
 * time, while Looplab's runs (one interpreter, no real waiting) go one after another.
 */
const NATIVE_AT_ONCE = 4
const nativeRuns = new Map<string, Promise<CPythonResult>>()

/** Runs `work` when fewer than `max` others run. */
function limiter(max: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  return async (work) => {
    if (running >= max) await new Promise<void>((resume) => waiting.push(resume))
    running++
    try {
      return await work()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

function startNativeRuns(): void {
  const limit = limiter(NATIVE_AT_ONCE)
  for (const program of programs)
    nativeRuns.set(
      program.path,
      limit(() => runCPython(program.path)),
    )
}

beforeAll(async () => {
  local = await cpythonVersion()
  startNativeRuns()
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
      // CPython's timers run on the real clock: on a loaded machine a wake-up can be late enough to change a
      // rounded duration. Looplab's run is deterministic, so the reference gets up to three tries to agree with it.
      let native = await nativeRuns.get(program.path)!
      for (let retry = 0; retry < 2 && (native.stdout !== looplab.stdout || native.exitCode !== looplab.exitCode); retry++) {
        native = await runCPython(program.path)
      }
      expect(looplab.stdout).toBe(native.stdout)
      expect(looplab.exitCode).toBe(native.exitCode)
    })
  }
})
