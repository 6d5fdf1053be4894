import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, test } from 'vitest'
import { pythonRuntimeFiles, runPythonOn } from '../../../app/cli/pythonNodeRunner.ts'
import { makePythonSnapshot, pythonSnapshotKey, startPython, type PythonSnapshot } from '../../../app/cli/pythonSnapshot.ts'
import { installPythonRuntime, type PyodideLike } from '../../../app/engine/python/pythonRun.ts'
import { dedent } from './helpers.ts'

/**
 * The build ships a memory snapshot of Pyodide with Looplab's runtime imported; the sandbox starts
 * Python from it. These tests start interpreters from a snapshot exactly as the sandbox does.
 */

const VERSION = 'test'
let snapshot: PythonSnapshot

function startFromSnapshot(): Promise<PyodideLike> {
  return startPython({ snapshot: new Uint8Array(gunzipSync(snapshot.gzipped)) })
}

function runtimeModuleId(pyodide: PyodideLike): string {
  return String(pyodide.runPython("import sys\nstr(id(sys.modules.get('looplab._run')))"))
}

beforeAll(async () => {
  snapshot = await makePythonSnapshot(VERSION)
}, 120_000)

describe('the Python memory snapshot', () => {
  test('is gzip-compressed and named by a digest of the Pyodide version and the runtime sources', () => {
    expect([...snapshot.gzipped.subarray(0, 2)]).toEqual([0x1f, 0x8b])
    expect(snapshot.gzipped.length).toBeLessThan(snapshot.rawBytes / 3)
    expect(snapshot.key).toBe(pythonSnapshotKey(VERSION))
    expect(snapshot.key).toMatch(/^[0-9a-f]{12}$/)
    expect(pythonSnapshotKey('another')).not.toBe(snapshot.key)
  })

  test('an interpreter started from it already holds the runtime, and installing the same sources keeps it', async () => {
    const pyodide = await startFromSnapshot()
    const before = runtimeModuleId(pyodide)
    expect(before).not.toBe(String(pyodide.runPython('str(id(None))')))
    installPythonRuntime(pyodide, pythonRuntimeFiles())
    expect(runtimeModuleId(pyodide)).toBe(before)
  }, 60_000)

  test('an interpreter started from it re-imports the runtime when the sources handed in differ', async () => {
    const pyodide = await startFromSnapshot()
    const before = runtimeModuleId(pyodide)
    const files = { ...pythonRuntimeFiles() }
    files['_run.py'] = `${files['_run.py']}\nCHANGED_SINCE_SNAPSHOT = True\n`
    installPythonRuntime(pyodide, files)
    expect(runtimeModuleId(pyodide)).not.toBe(before)
    expect(String(pyodide.runPython('import looplab._run\nstr(looplab._run.CHANGED_SINCE_SNAPSHOT)'))).toBe('True')
  }, 60_000)

  test('an interpreter started from it runs a program, tracebacks and all, as one started from scratch does', async () => {
    const pyodide = await startFromSnapshot()
    installPythonRuntime(pyodide, pythonRuntimeFiles())
    const source = dedent(`
      import asyncio, json

      async def work(n):
          await asyncio.sleep(n / 10)
          return n * n

      async def main():
          results = await asyncio.gather(*(work(n) for n in (3, 1, 2)))
          print(json.dumps(results))
          raise ValueError('late')

      asyncio.run(main())
    `)
    const result = runPythonOn(pyodide, source, { fileName: 'main.py' })
    expect(result.stdout).toBe('[9, 1, 4]\n')
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('File "main.py", line 10, in main')
    expect(result.stderr).toMatch(/ValueError: late\n$/)
  }, 60_000)
})
