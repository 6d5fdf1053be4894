import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateChecks, type CheckResult } from '../model/lessons/checks.ts'
import { orderLessons, parseLesson } from '../model/lessons/parse.ts'
import type { Lesson } from '../model/lessons/types.ts'
import { ConsoleIndex } from '../model/consoleLines.ts'
import type { RunOptions } from '../engine/runtime/run.ts'
import type { NodeRunResult } from './realmRunner.ts'

/** Runs one program of a lesson (the CLI passes one with its caches). */
export type LessonRunner = (code: string, options: RunOptions) => NodeRunResult

export const LESSONS_DIR = fileURLToPath(new URL('../../lessons/', import.meta.url))

/** Reads, validates and orders every lesson file. */
export function loadLessons(dir = LESSONS_DIR): Lesson[] {
  const files = readdirSync(dir)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort()
  return orderLessons(files.map((name) => parseLesson(name, readFileSync(join(dir, name), 'utf8'))))
}

function outputLines(result: NodeRunResult): string[] {
  const index = new ConsoleIndex(result.trace)
  index.catchUp()
  return index.texts()
}

/** Runs one program of a lesson; returns a reason it is broken, or undefined. */
function brokenRun(result: NodeRunResult): string | undefined {
  if (result.diagnostics) return `does not compile: ${result.diagnostics[0]?.message} (line ${result.diagnostics[0]?.line})`
  if (result.outcome?.reason === 4) return `hit a budget: ${result.outcome.explanation}`
  return undefined
}

export function checkProgram(
  lesson: Lesson,
  code: string,
  checks: Parameters<typeof evaluateChecks>[0],
  run: LessonRunner,
): { result: NodeRunResult; checks: CheckResult[] } {
  const result = run(code, { host: lesson.meta.host, budgets: { maxWallMs: 20_000 } })
  return {
    result,
    checks: evaluateChecks(checks, { trace: result.trace, source: code, output: outputLines(result), exitCode: result.exitCode }),
  }
}

/** `looplab lessons check`: every lesson valid, every example runs, every exercise's starter fails and solution passes. */
export function checkLessons(run: LessonRunner, dir = LESSONS_DIR): number {
  let lessons: Lesson[]
  try {
    lessons = loadLessons(dir)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  const problems: string[] = []
  let examples = 0
  let exercises = 0
  for (const lesson of lessons) {
    const where = (title: string) => `${lesson.file} — ${title}`
    for (const block of lesson.blocks) {
      if (block.type === 'example' || block.type === 'predict') {
        examples++
        const result = run(block.code, { host: lesson.meta.host, budgets: { maxWallMs: 20_000 } })
        const broken = brokenRun(result)
        if (broken) problems.push(`${where(block.title)}: the ${block.type} ${broken}`)
        else if (block.type === 'predict' && outputLines(result).length < 2)
          problems.push(`${where(block.title)}: a predict question needs at least two output lines to order`)
      } else if (block.type === 'exercise') {
        exercises++
        const starter = checkProgram(lesson, block.starter, block.checks, run)
        if (brokenRun(starter.result)) problems.push(`${where(block.title)}: the starter ${brokenRun(starter.result)}`)
        else if (starter.checks.every((c) => c.passed)) problems.push(`${where(block.title)}: the starter already passes every check`)
        const solution = checkProgram(lesson, block.solution, block.checks, run)
        const failed = solution.checks.filter((c) => !c.passed)
        if (brokenRun(solution.result)) problems.push(`${where(block.title)}: the solution ${brokenRun(solution.result)}`)
        else if (failed.length > 0) problems.push(`${where(block.title)}: the solution fails: ${failed.map((c) => c.message).join(' / ')}`)
      }
    }
  }
  for (const problem of problems) process.stderr.write(`✗ ${problem}\n`)
  const summary = `${lessons.length} lessons, ${examples} examples, ${exercises} exercises`
  if (problems.length > 0) {
    process.stdout.write(`${summary}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`)
    return 1
  }
  process.stdout.write(`${summary}: all pass\n`)
  return 0
}
