import { z } from 'zod'

/** A lesson's front matter, validated when lessons are built and tested. */
export const lessonMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase words joined by dashes'),
    title: z.string().min(3).max(90),
    summary: z.string().min(10).max(240),
    order: z.number().int().positive(),
    host: z.enum(['node', 'browser']).default('node'),
    /** Concepts the lesson teaches, shown in the course outline. */
    topics: z.array(z.string().min(2).max(40)).max(8).default([]),
  })
  .strict()
export type LessonMeta = z.infer<typeof lessonMetaSchema>

/** Predicates over a run's trace that an exercise's solution must satisfy. */
export const checkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('output-includes'), text: z.string(), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('output-excludes'), text: z.string(), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('output-order'), lines: z.array(z.string()).min(2), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('output-lines'), count: z.number().int().nonnegative(), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('max-total-time'), ms: z.number().positive(), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('min-total-time'), ms: z.number().nonnegative(), message: z.string().optional() }).strict(),
  z
    .object({
      kind: z.literal('max-concurrency'),
      of: z.enum(['fetch', 'server', 'worker', 'channel', 'file', 'io', 'timer']),
      max: z.number().int().positive(),
      message: z.string().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('min-concurrency'),
      of: z.enum(['fetch', 'server', 'worker', 'channel', 'file', 'io', 'timer']),
      min: z.number().int().positive(),
      message: z.string().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('max-task-duration'), ms: z.number().positive(), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('no-unhandled-rejection'), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('no-uncaught-error'), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('exit-code'), code: z.number().int().min(0).max(255), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('source-includes'), text: z.string(), message: z.string().optional() }).strict(),
  z.object({ kind: z.literal('source-excludes'), text: z.string(), message: z.string().optional() }).strict(),
])
export type Check = z.infer<typeof checkSchema>

/** The `yaml checks` block of an exercise. */
export const exerciseSpecSchema = z
  .object({
    checks: z.array(checkSchema).min(1),
    hint: z.string().min(5),
    /** Virtual ms after which a check run is stopped (default: see `exerciseTimeLimitMs`). */
    timeLimitMs: z.number().positive().max(60_000).optional(),
  })
  .strict()

/** Virtual time a check run gets when the exercise names none and has no `max-total-time` check. */
export const DEFAULT_TIME_LIMIT_MS = 5_000

/**
 * How long a check run may go on in virtual time before it is stopped and
 * fails: the exercise's `timeLimitMs`, else four times its `max-total-time`
 * (at least 1 s), else {@link DEFAULT_TIME_LIMIT_MS}. A program that never
 * ends (a forgotten interval) therefore fails at once instead of running on.
 */
export function exerciseTimeLimitMs(spec: { checks: readonly Check[]; timeLimitMs?: number | undefined }): number {
  if (spec.timeLimitMs !== undefined) return spec.timeLimitMs
  let maxTotal = 0
  for (const check of spec.checks) if (check.kind === 'max-total-time') maxTotal = Math.max(maxTotal, check.ms)
  return maxTotal > 0 ? Math.max(1000, 4 * maxTotal) : DEFAULT_TIME_LIMIT_MS
}

/**
 * Why a check cannot judge a Python run, or undefined when it can. Python's asyncio has no
 * promise that can be rejected unhandled (a failed task's exception is only logged when the
 * task is collected), and `looplab.world` has no file system.
 */
export function pythonCheckProblem(check: Check): string | undefined {
  if (check.kind === 'no-unhandled-rejection')
    return '`no-unhandled-rejection` cannot apply to Python (asyncio has no unhandled rejections): use `no-uncaught-error`, or `output-excludes` for a logged task exception'
  if ((check.kind === 'max-concurrency' || check.kind === 'min-concurrency') && check.of === 'file')
    return `\`${check.kind}\` of \`file\` cannot apply to Python (looplab.world has no file system): use \`fetch\`, \`server\`, \`worker\`, \`channel\`, \`io\` or \`timer\``
  return undefined
}

/** A piece of a lesson, in reading order. */
export type LessonBlock =
  | { type: 'markdown'; text: string }
  | {
      type: 'example'
      title: string
      code: string
      /** What the lesson says it prints (a `text output` block); the lessons check runs the example and compares. */
      output?: { lines: string[]; line: number }
    }
  | { type: 'predict'; title: string; code: string }
  | {
      type: 'exercise'
      /** A `python exercise`: the starter and solution are Python asyncio programs, checked on a Python run's trace. */
      python?: boolean
      title: string
      starter: string
      solution: string
      checks: Check[]
      hint: string
      /** Virtual ms a check run may take before it is stopped (`exerciseTimeLimitMs`). */
      timeLimitMs: number
    }
  | {
      type: 'python'
      /** A `python fragment` block: part of a program (or one needing what Looplab lacks), shown without Run. */
      fragment?: boolean
      title: string
      code: string
      /** What the lesson says it prints (a `text output` block); the lessons check runs it on Looplab's asyncio (and plain asyncio also with `python3`) and compares. */
      output?: { lines: string[]; line: number }
    }

export interface Lesson {
  meta: LessonMeta
  blocks: LessonBlock[]
  /** The file it came from (for error messages). */
  file: string
}

/** A problem found in a lesson file, with the line it is on. */
export class LessonError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`)
    this.name = 'LessonError'
  }
}
