import { runPythonInNode, type PythonNodeResult } from '../../../app/cli/pythonNodeRunner.ts'
import type { WorldConfig } from '../../../app/engine/runtime/world/world.ts'
import { EventKind, JobKind } from '../../../app/engine/trace/events.ts'
import type { TraceColumns } from '../../../app/engine/trace/columns.ts'

export { ioRecords, type IoRecord } from '../world/helpers.ts'

/** Python source from an indented template literal: the common indentation is removed. */
export function dedent(source: string): string {
  const lines = source.replace(/^\n/, '').split('\n')
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length)
  const cut = Math.min(...indents)
  return lines.map((line) => line.slice(cut)).join('\n')
}

/** Runs a Python program on Pyodide with an optional simulated world. */
export function runPython(source: string, world?: WorldConfig): Promise<PythonNodeResult> {
  return runPythonInNode(dedent(source), { budgets: { maxWallMs: 20_000 }, ...(world ? { world } : {}) })
}

/** The program's stdout lines. */
export function lines(result: PythonNodeResult): string[] {
  return result.stdout.split('\n').filter((line) => line !== '')
}

/** What each task was said to wait for (TaskWait), in trace order. */
export function waits(trace: TraceColumns): string[] {
  const found: string[] = []
  for (let i = 0; i < trace.count; i++) if (trace.kind[i] === EventKind.TaskWait) found.push(trace.strings[trace.c[i]!]!)
  return found
}

/** The names of the handles the loop ran that came from the host (responses, messages, results arriving). */
export function hostHandles(trace: TraceColumns): string[] {
  const found: string[] = []
  for (let i = 0; i < trace.count; i++)
    if (trace.kind[i] === EventKind.JobEnqueue && trace.b[i] === JobKind.PyCallback) found.push(trace.strings[trace.c[i]!]!)
  return found
}
