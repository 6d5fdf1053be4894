import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateChecks, type CheckResult } from '../model/lessons/checks.ts'
import { orderLessons, parseLesson } from '../model/lessons/parse.ts'
import type { Lesson } from '../model/lessons/types.ts'
import { ConsoleIndex } from '../model/consoleLines.ts'
import { runInNode, type NodeRunResult } from './nodeRunner.ts'
import { BudgetKind, RunEndReason } from '../engine/trace/events.ts'

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
function brokenRun(result: NodeRunResult, budgetIsFailure = true): string | undefined {
  if (result.diagnostics) return `does not compile: ${result.diagnostics[0]?.message} (line ${result.diagnostics[0]?.line})`
  const outcome = result.outcome
  if (outcome?.reason !== RunEndReason.Budget) return undefined
  if (!budgetIsFailure && outcome.budget === BudgetKind.VirtualTime) return undefined
  return `hit a budget: ${outcome.explanation}`
}

/** Runs `code` as the app checks an exercise: stopped at the exercise's virtual-time limit, then its checks evaluated. */
export function checkProgram(
  lesson: Lesson,
  code: string,
  exercise: { checks: Parameters<typeof evaluateChecks>[0]; timeLimitMs: number },
): { result: NodeRunResult; checks: CheckResult[] } {
  const result = runInNode(code, { host: lesson.meta.host, budgets: { maxWallMs: 20_000, maxVirtualMs: exercise.timeLimitMs } })
  const stopped = result.outcome?.reason === RunEndReason.Budget && result.outcome.budget === BudgetKind.VirtualTime
  return {
    result,
    checks: evaluateChecks(exercise.checks, {
      trace: result.trace,
      source: code,
      output: outputLines(result),
      exitCode: result.exitCode,
      program: result.program,
      stoppedAtLimitMs: stopped ? exercise.timeLimitMs : undefined,
    }),
  }
}

/** Virtual ms a run took (the time of its last event). */
function totalMs(result: NodeRunResult): number {
  return result.trace.count > 0 ? result.trace.time[result.trace.count - 1]! / 1000 : 0
}

/** `looplab lessons check`: every lesson valid, every example runs, every exercise's starter fails and solution passes. */
export function checkLessons(): number {
  let lessons: Lesson[]
  try {
    lessons = loadLessons()
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
        const result = runInNode(block.code, { host: lesson.meta.host, budgets: { maxWallMs: 20_000 } })
        const broken = brokenRun(result)
        if (broken) problems.push(`${where(block.title)}: the ${block.type} ${broken}`)
        else if (block.type === 'predict' && outputLines(result).length < 2)
          problems.push(`${where(block.title)}: a predict question needs at least two output lines to order`)
      } else if (block.type === 'exercise') {
        exercises++
        // A starter may run forever (that can be the bug to fix): the time limit stops it, and that is a failed check.
        const starter = checkProgram(lesson, block.starter, block)
        if (brokenRun(starter.result, false)) problems.push(`${where(block.title)}: the starter ${brokenRun(starter.result, false)}`)
        else if (starter.checks.every((c) => c.passed)) problems.push(`${where(block.title)}: the starter already passes every check`)
        const solution = checkProgram(lesson, block.solution, block)
        const failed = solution.checks.filter((c) => !c.passed)
        if (brokenRun(solution.result)) problems.push(`${where(block.title)}: the solution ${brokenRun(solution.result)}`)
        else if (failed.length > 0) problems.push(`${where(block.title)}: the solution fails: ${failed.map((c) => c.message).join(' / ')}`)
        else if (totalMs(solution.result) * 2 > block.timeLimitMs)
          problems.push(
            `${where(block.title)}: the solution takes ${totalMs(solution.result)} ms, more than half the check's time limit (${block.timeLimitMs} ms): give the checks a larger \`timeLimitMs\``,
          )
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
