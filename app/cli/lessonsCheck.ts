import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateChecks, type CheckResult } from '../model/lessons/checks.ts'
import { orderLessons, parseLesson } from '../model/lessons/parse.ts'
import type { Lesson, LessonBlock } from '../model/lessons/types.ts'
import { ConsoleIndex } from '../model/consoleLines.ts'
import type { RunOptions } from '../engine/runtime/run.ts'
import type { NodeRunResult } from './realmRunner.ts'
import { BudgetKind, RunEndReason } from '../engine/trace/events.ts'
import { unroutedRequests } from '../model/unrouted.ts'
import type { PythonRunOptions } from '../engine/python/pythonRun.ts'
import type { PythonNodeResult } from './pythonNodeRunner.ts'
import { translationProblems } from '../model/lessons/translation.ts'

/** Runs one program of a lesson (the CLI passes one with its caches). */
export type LessonRunner = (code: string, options: RunOptions) => NodeRunResult

/** Runs one Python program of a lesson on an interpreter already loaded (see `runPythonOn`). */
export type PythonLessonRunner = (code: string, options: PythonRunOptions) => PythonNodeResult

/** Whether a lesson has Python for the lessons check to run: a runnable `python asyncio` block or a Python exercise. */
export function hasPythonToRun(lessons: readonly Lesson[]): boolean {
  return lessons.some((lesson) => lesson.blocks.some((block) => isPythonProgram(block)))
}

function isPythonProgram(block: LessonBlock): block is Extract<LessonBlock, { type: 'python' | 'exercise' }> {
  return (block.type === 'python' && !block.fragment) || (block.type === 'exercise' && block.python === true)
}

export const LESSONS_DIR = fileURLToPath(new URL('../../lessons/', import.meta.url))

/** The translations checked against the English lessons: `lessons/<locale>/NN-same-name.md`. */
export const TRANSLATED_LOCALES = ['zh-CN']

/**
 * Every translated lesson against its English original (see `translationProblems`): a translation
 * keeps the code, so comparing is enough, and its programs are not run again.
 */
export function translationCheck(english: readonly Lesson[], dir = LESSONS_DIR): { problems: string[]; count: number } {
  const problems: string[] = []
  let count = 0
  for (const locale of TRANSLATED_LOCALES) {
    const folder = join(dir, locale)
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder)
      .filter((file) => /^\d+-.*\.md$/.test(file))
      .sort()) {
      const file = `${locale}/${name}`
      let translated: Lesson
      try {
        translated = parseLesson(file, readFileSync(join(folder, name), 'utf8'))
      } catch (error) {
        problems.push((error as Error).message)
        continue
      }
      count++
      const original = english.find((lesson) => lesson.file === name)
      if (!original) problems.push(`${file}: there is no English lesson ${name} to translate`)
      else problems.push(...translationProblems(original, translated))
    }
  }
  return { problems, count }
}

/** Reads, validates and orders every lesson file. */
export function loadLessons(dir = LESSONS_DIR): Lesson[] {
  const files = readdirSync(dir)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort()
  return orderLessons(files.map((name) => parseLesson(name, readFileSync(join(dir, name), 'utf8'))))
}

function outputLines(result: { trace: NodeRunResult['trace'] }): string[] {
  const index = new ConsoleIndex(result.trace)
  index.catchUp()
  return index.texts()
}

/** How the printed lines differ from the ones a lesson states, or undefined when they are the same. */
export function outputMismatch(stated: readonly string[], printed: readonly string[]): string | undefined {
  const length = Math.max(stated.length, printed.length)
  const prints = `it prints ${printed.length} line${printed.length === 1 ? '' : 's'}, the lesson states ${stated.length}`
  for (let i = 0; i < length; i++) {
    if (stated[i] === printed[i]) continue
    if (i >= printed.length) return prints
    if (i >= stated.length) return `${prints}; line ${i + 1} is “${printed[i]}”`
    return `line ${i + 1} is “${printed[i]}”, the lesson says “${stated[i]}”`
  }
  return undefined
}

/** Runs one program of a lesson; returns a reason it is broken, or undefined. */
function brokenRun(result: NodeRunResult, budgetIsFailure = true): string | undefined {
  if (result.diagnostics) return `does not compile: ${result.diagnostics[0]?.message} (line ${result.diagnostics[0]?.line})`
  const outcome = result.outcome
  const unrouted = unroutedRequests(result.trace)
  if (unrouted.length > 0) return `fetches ${unrouted[0]!.method} ${unrouted[0]!.url}, which no route matches: declare it with world.route`
  if (outcome?.reason !== RunEndReason.Budget) return undefined
  if (!budgetIsFailure && outcome.budget === BudgetKind.VirtualTime) return undefined
  return `hit a budget: ${outcome.explanation}`
}

/** Why a lesson's Python program is broken (does not compile, hit a budget, raised an uncaught exception), or undefined. */
function brokenPython(result: PythonNodeResult, { budgetIsFailure = true, errorIsFailure = true } = {}): string | undefined {
  const diagnostic = result.diagnostics?.[0]
  if (diagnostic) return `does not compile: ${diagnostic.message} (line ${diagnostic.line})`
  const unrouted = unroutedRequests(result.trace)
  if (unrouted.length > 0) return `requests ${unrouted[0]!.method} ${unrouted[0]!.url}, which no route matches: declare it with world.route`
  const outcome = result.outcome
  if (outcome?.reason === RunEndReason.Budget && (budgetIsFailure || outcome.budget !== BudgetKind.VirtualTime))
    return `hit a budget: ${outcome.explanation}`
  if (errorIsFailure && outcome?.reason === RunEndReason.UncaughtError) {
    const last = result.stderr.trimEnd().split('\n').at(-1) ?? ''
    return `raises an uncaught exception: ${last}`
  }
  return undefined
}

/** Runs a Python exercise program as the app checks it: stopped at the exercise's virtual-time limit, then its checks evaluated. */
export function checkPythonProgram(
  code: string,
  exercise: { checks: Parameters<typeof evaluateChecks>[0]; timeLimitMs: number },
  python: PythonLessonRunner,
): { result: PythonNodeResult; checks: CheckResult[] } {
  const result = python(code, { budgets: { maxWallMs: 20_000, maxVirtualMs: exercise.timeLimitMs } })
  if (result.diagnostics) {
    const first = result.diagnostics[0]
    return { result, checks: [{ passed: false, message: `The program does not compile: ${first?.message} (line ${first?.line}).` }] }
  }
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

/** Runs `code` as the app checks an exercise: stopped at the exercise's virtual-time limit, then its checks evaluated. */
export function checkProgram(
  lesson: Lesson,
  code: string,
  exercise: { checks: Parameters<typeof evaluateChecks>[0]; timeLimitMs: number },
  run: LessonRunner,
): { result: NodeRunResult; checks: CheckResult[] } {
  const result = run(code, {
    host: lesson.meta.host,
    crashReport: 'short',
    budgets: { maxWallMs: 20_000, maxVirtualMs: exercise.timeLimitMs },
  })
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
function totalMs(result: { trace: NodeRunResult['trace'] }): number {
  return result.trace.count > 0 ? result.trace.time[result.trace.count - 1]! / 1000 : 0
}

/**
 * `looplab lessons check`: every lesson valid, every example runs (printing what its lesson states), every
 * exercise's starter fails and solution passes. `python` loads the Python interpreter (seconds): it is called
 * once, and only when some lesson has Python to run.
 */
export async function checkLessons(run: LessonRunner, python: () => Promise<PythonLessonRunner>, dir = LESSONS_DIR): Promise<number> {
  let lessons: Lesson[]
  try {
    lessons = loadLessons(dir)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  const pythonRunner = hasPythonToRun(lessons) ? await python() : undefined
  const { problems, notes, examples, exercises } = lessonProblems(lessons, run, pythonRunner)
  const translations = translationCheck(lessons, dir)
  problems.push(...translations.problems)
  for (const note of notes) process.stderr.write(`! ${note}\n`)
  for (const problem of problems) process.stderr.write(`✗ ${problem}\n`)
  const summary = `${lessons.length} lessons, ${examples} examples, ${exercises} exercises, ${translations.count} translated lessons`
  if (problems.length > 0) {
    process.stdout.write(`${summary}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`)
    return 1
  }
  process.stdout.write(`${summary}: all pass\n`)
  return 0
}

/**
 * Runs everything in these lessons: every example and prediction runs (and
 * prints what the lesson states it prints), every exercise's starter fails
 * and its solution passes well within the time limit. Returns what is wrong.
 */
export function lessonProblems(
  lessons: readonly Lesson[],
  run: LessonRunner,
  python?: PythonLessonRunner,
): { problems: string[]; notes: string[]; examples: number; exercises: number } {
  const problems: string[] = []
  const notes: string[] = []
  let examples = 0
  let exercises = 0
  for (const lesson of lessons) {
    const where = (title: string) => `${lesson.file} — ${title}`
    for (const block of lesson.blocks) {
      if (isPythonProgram(block) && !python)
        notes.push(`${where(block.title)}: no Python interpreter was given, so this Python program was not run on Looplab's asyncio`)
      let pythonBroken = false
      if (block.type === 'python' && !block.fragment && python) {
        examples++
        const result = python(block.code, { budgets: { maxWallMs: 20_000 } })
        const broken = brokenPython(result)
        const wrong = !broken && block.output ? outputMismatch(block.output.lines, outputLines(result)) : undefined
        if (broken) problems.push(`${where(block.title)}: the Python block ${broken}`)
        else if (wrong && block.output)
          problems.push(
            `${lesson.file}:${block.output.line} — ${block.title}: the output the lesson states is not what the Python block prints: ${wrong}`,
          )
        pythonBroken = broken !== undefined || wrong !== undefined
      }
      if (block.type === 'exercise' && block.python) {
        if (!python) continue
        exercises++
        // As for TypeScript: the starter may run forever or raise (that can be the bug), but it must fail a check.
        const starter = checkPythonProgram(block.starter, block, python)
        const starterBroken = brokenPython(starter.result, { budgetIsFailure: false, errorIsFailure: false })
        if (starterBroken) problems.push(`${where(block.title)}: the starter ${starterBroken}`)
        else if (starter.checks.every((c) => c.passed)) problems.push(`${where(block.title)}: the starter already passes every check`)
        const solution = checkPythonProgram(block.solution, block, python)
        const failed = solution.checks.filter((c) => !c.passed)
        const solutionBroken = brokenPython(solution.result)
        if (solutionBroken) problems.push(`${where(block.title)}: the solution ${solutionBroken}`)
        else if (failed.length > 0) problems.push(`${where(block.title)}: the solution fails: ${failed.map((c) => c.message).join(' / ')}`)
        else if (totalMs(solution.result) * 2 > block.timeLimitMs)
          problems.push(
            `${where(block.title)}: the solution takes ${totalMs(solution.result)} ms, more than half the check's time limit (${block.timeLimitMs} ms): give the checks a larger \`timeLimitMs\``,
          )
        continue
      }
      if (block.type === 'example' || block.type === 'predict') {
        examples++
        const result = run(block.code, { host: lesson.meta.host, crashReport: 'short', budgets: { maxWallMs: 20_000 } })
        const broken = brokenRun(result)
        if (broken) problems.push(`${where(block.title)}: the ${block.type} ${broken}`)
        else if (block.type === 'example' && block.output) {
          const wrong = outputMismatch(block.output.lines, outputLines(result))
          if (wrong)
            problems.push(
              `${lesson.file}:${block.output.line} — ${block.title}: the output the lesson states is not what the example prints: ${wrong}`,
            )
        } else if (block.type === 'predict' && outputLines(result).length < 2)
          problems.push(`${where(block.title)}: a predict question needs at least two output lines to order`)
      } else if (block.type === 'python' && block.output && !block.fragment && !pythonBroken && !usesLooplab(block.code)) {
        // A program on plain asyncio is also run with the machine's CPython, the reference for what asyncio does.
        const ran = runPython(block.code)
        if (ran.missing) notes.push(`${where(block.title)}: python3 is not installed, so the output the lesson states was not checked`)
        else if (ran.error) problems.push(`${where(block.title)}: the Python block fails with python3: ${ran.error}`)
        else {
          const wrong = outputMismatch(block.output.lines, ran.lines)
          if (wrong)
            problems.push(
              `${lesson.file}:${block.output.line} — ${block.title}: the output the lesson states is not what python3 prints: ${wrong}`,
            )
        }
      } else if (block.type === 'exercise') {
        exercises++
        // A starter may run forever (that can be the bug to fix): the time limit stops it, and that is a failed check.
        const starter = checkProgram(lesson, block.starter, block, run)
        if (brokenRun(starter.result, false)) problems.push(`${where(block.title)}: the starter ${brokenRun(starter.result, false)}`)
        else if (starter.checks.every((c) => c.passed)) problems.push(`${where(block.title)}: the starter already passes every check`)
        const solution = checkProgram(lesson, block.solution, block, run)
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
  return { problems, notes, examples, exercises }
}

/** Whether a Python program imports Looplab's simulated world (CPython cannot run it). */
function usesLooplab(code: string): boolean {
  return /^\s*(from\s+looplab\b|import\s+looplab\b)/m.test(code)
}

/** Runs a lesson's Python block with the machine's CPython (the reference for what asyncio does). */
function runPython(code: string): { lines: string[]; error?: string; missing?: boolean } {
  const run = spawnSync('python3', ['-'], { input: code, encoding: 'utf8', timeout: 20_000 })
  if (run.error && 'code' in run.error && run.error.code === 'ENOENT') return { lines: [], missing: true }
  if (run.error) return { lines: [], error: run.error.message }
  if (run.status !== 0) return { lines: [], error: (run.stderr || `exit code ${run.status}`).trim().split('\n').at(-1)! }
  return { lines: run.stdout.replace(/\n$/, '').split('\n') }
}
