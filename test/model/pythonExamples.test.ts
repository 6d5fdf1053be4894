import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { pythonInterpreter, runPythonInNode } from '../../app/cli/pythonNodeRunner.ts'
import { parseExample } from '../../app/model/examples.ts'
import { cpythonAgreeing, REPO_ROOT, startCPythonRuns, type CPythonResult } from '../conformance/pythonCorpus.ts'

const DIR = join(REPO_ROOT, 'lessons/examples')
/** Each gallery Python example, by its path from the repository root (both interpreters are given that path). */
const files = readdirSync(DIR)
  .filter((name) => /^\d+-.*\.py$/.test(name))
  .sort()
  .map((name) => ({ name, path: relative(REPO_ROOT, join(DIR, name)), source: readFileSync(join(DIR, name), 'utf8') }))

let nativeRuns = new Map<string, Promise<CPythonResult>>()

// One interpreter for the whole file (Pyodide takes seconds to start); CPython's runs start meanwhile.
beforeAll(async () => {
  nativeRuns = startCPythonRuns(files.map((file) => file.path))
  await pythonInterpreter()
}, 120_000)

describe("the gallery's Python examples", () => {
  test('at least 12 Python examples are in the gallery', () => {
    expect(files.length).toBeGreaterThanOrEqual(12)
  })

  for (const file of files) {
    test(`${file.name} prints exactly what python3 prints and exits the same`, async () => {
      const example = parseExample(file.name, file.source)
      expect(example.language).toBe('python')
      const looplab = await runPythonInNode(file.source, { fileName: join(REPO_ROOT, file.path), budgets: { maxWallMs: 20_000 } })
      expect(looplab.diagnostics).toBeUndefined()
      const native = await cpythonAgreeing(file.path, looplab, nativeRuns.get(file.path))
      expect(native.stdout.length).toBeGreaterThan(0)
      expect(looplab.stdout).toBe(native.stdout)
      expect(looplab.exitCode).toBe(native.exitCode)
    })
  }
})
