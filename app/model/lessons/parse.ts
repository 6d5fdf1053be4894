import { Lexer, type Token, type Tokens } from 'marked'
import { isNode, parse as parseYaml, parseDocument } from 'yaml'
import {
  exerciseSpecSchema,
  exerciseTimeLimitMs,
  lessonMetaSchema,
  LessonError,
  pythonCheckProblem,
  type Lesson,
  type LessonBlock,
} from './types.ts'
import { t } from '../../i18n/index.ts'

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/

/** `ts example "Title"` → { lang: 'ts', role: 'example', title: 'Title' }. */
function fenceInfo(lang: string): { lang: string; role: string; title: string } {
  const match = /^(\S+)(?:\s+([a-z-]+))?(?:\s+"([^"]*)")?\s*$/.exec(lang.trim())
  if (!match) return { lang, role: '', title: '' }
  return { lang: match[1]!, role: match[2] ?? '', title: match[3] ?? '' }
}

/** The fence an exercise's solution needs: `ts solution` or `python solution`. */
const solutionFence = (exercise: { python: boolean }) => (exercise.python ? 'python solution' : 'ts solution')

/** Whether a fence's language is the exercise's: Python, or TypeScript (`ts` / `typescript`). */
const isLanguage = (lang: string, python: boolean) => (python ? lang === 'python' : lang === 'ts' || lang === 'typescript')

function lineOf(source: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++
  return line
}

/** The line of the `index`th check in a `yaml checks` block whose fence opens on `fenceLine`. */
function checkLine(yamlText: string, fenceLine: number, index: number): number {
  const node: unknown = parseDocument(yamlText).getIn(['checks', index], true)
  const offset = isNode(node) && node.range ? node.range[0] : 0
  return fenceLine + lineOf(yamlText, offset)
}

/**
 * Reads a lesson file: YAML front matter, then markdown whose fenced code
 * blocks carry roles — `ts example` (optionally followed by `text output`,
 * what it prints), `ts predict`, `ts exercise` (followed by `yaml checks` and
 * `ts solution`; `python exercise` by `yaml checks` and `python solution`), `python asyncio`
 * (optionally followed by `text output`). See lessons/README.md.
 * Throws a LessonError naming the file and line of the first problem.
 */
export function parseLesson(file: string, source: string): Lesson {
  const text = source.replace(/\r\n/g, '\n')
  const front = FRONT_MATTER.exec(text)
  if (!front) throw new LessonError(file, 1, 'a lesson starts with front matter between two "---" lines')
  let rawMeta: unknown
  try {
    rawMeta = parseYaml(front[1]!)
  } catch (error) {
    throw new LessonError(file, 2, `the front matter is not valid YAML: ${(error as Error).message}`)
  }
  const meta = lessonMetaSchema.safeParse(rawMeta)
  if (!meta.success) {
    const issue = meta.error.issues[0]!
    throw new LessonError(file, 2, `front matter: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
  }

  const bodyStart = front[0].length
  const tokens: Token[] = new Lexer().lex(text.slice(bodyStart))
  const blocks: LessonBlock[] = []
  let markdown = ''
  let offset = bodyStart
  let pendingExercise: { title: string; starter: string; line: number; python: boolean } | undefined
  const flushMarkdown = () => {
    if (markdown.trim()) blocks.push({ type: 'markdown', text: markdown.trim() })
    markdown = ''
  }
  let exerciseSpec: { checks: Extract<LessonBlock, { type: 'exercise' }>['checks']; hint: string; timeLimitMs: number } | undefined

  for (const token of tokens) {
    const line = lineOf(text, offset)
    offset += token.raw.length
    if (token.type !== 'code' || !(token as Tokens.Code).lang) {
      if (pendingExercise && token.type !== 'space')
        throw new LessonError(file, line, `exercise "${pendingExercise.title}" must be followed directly by its \`yaml checks\` and \`${solutionFence(pendingExercise)}\` blocks`)
      markdown += token.raw
      continue
    }
    const fence = token as Tokens.Code
    const info = fenceInfo(fence.lang ?? '')
    const code = fence.text.replace(/\n+$/, '') + '\n'
    if (pendingExercise) {
      if (info.lang === 'yaml' && info.role === 'checks') {
        let raw: unknown
        try {
          raw = parseYaml(fence.text)
        } catch (error) {
          throw new LessonError(file, line, `the checks are not valid YAML: ${(error as Error).message}`)
        }
        const spec = exerciseSpecSchema.safeParse(raw)
        if (!spec.success) {
          const issue = spec.error.issues[0]!
          throw new LessonError(file, line, `checks: ${issue.path.join('.') || '(root)'}: ${issue.message}`)
        }
        if (pendingExercise.python)
          spec.data.checks.forEach((check, index) => {
            const problem = pythonCheckProblem(check)
            if (problem) throw new LessonError(file, checkLine(fence.text, line, index), `Python exercise "${pendingExercise!.title}": ${problem}`)
          })
        exerciseSpec = { checks: spec.data.checks, hint: spec.data.hint, timeLimitMs: exerciseTimeLimitMs(spec.data) }
        continue
      }
      if (info.role === 'solution' && isLanguage(info.lang, pendingExercise.python)) {
        if (!exerciseSpec) throw new LessonError(file, line, `exercise "${pendingExercise.title}" needs its \`yaml checks\` block before the solution`)
        const { title, starter, python } = pendingExercise
        blocks.push({ type: 'exercise', ...(python ? { python } : {}), title, starter, solution: code, ...exerciseSpec })
        pendingExercise = undefined
        exerciseSpec = undefined
        continue
      }
      throw new LessonError(file, line, `exercise "${pendingExercise.title}" must be followed by \`yaml checks\` then \`${solutionFence(pendingExercise)}\``)
    }
    if ((info.lang === 'ts' || info.lang === 'typescript') && ['example', 'predict', 'exercise'].includes(info.role)) {
      flushMarkdown()
      const title = info.title || (info.role === 'predict' ? t('lessonBlocks.predict') : info.role === 'exercise' ? t('lessonBlocks.exercise') : t('lessonBlocks.example'))
      if (info.role === 'exercise') pendingExercise = { title, starter: code, line, python: false }
      else blocks.push({ type: info.role as 'example' | 'predict', title, code })
      continue
    }
    if (info.lang === 'python' && info.role === 'exercise') {
      flushMarkdown()
      pendingExercise = { title: info.title || t('lessonBlocks.exercise'), starter: code, line, python: true }
      continue
    }
    if (info.lang === 'python' && (info.role === 'asyncio' || info.role === 'fragment')) {
      flushMarkdown()
      const title = info.title || t('lessonBlocks.python')
      blocks.push(info.role === 'fragment' ? { type: 'python', title, code, fragment: true } : { type: 'python', title, code })
      continue
    }
    if (info.role === 'output') {
      const example = blocks.at(-1)
      if ((example?.type !== 'example' && example?.type !== 'python') || markdown.trim() !== '' || example.output)
        throw new LessonError(file, line, `a \`${info.lang} output\` block must follow a \`ts example\` or \`python asyncio\` block directly`)
      example.output = { lines: fence.text.replace(/\n+$/, '').split('\n'), line }
      markdown = ''
      continue
    }
    if (info.role === 'checks' || info.role === 'solution')
      throw new LessonError(file, line, `a \`${fence.lang}\` block must follow a \`ts exercise\` or \`python exercise\` block`)
    markdown += token.raw
  }
  if (pendingExercise) throw new LessonError(file, pendingExercise.line, `exercise "${pendingExercise.title}" has no \`${solutionFence(pendingExercise)}\` block`)
  flushMarkdown()
  return { meta: meta.data, blocks, file }
}

/** Lessons sorted by their `order`; duplicate ids or orders are errors. */
export function orderLessons(lessons: Lesson[]): Lesson[] {
  const ids = new Map<string, string>()
  const orders = new Map<number, string>()
  for (const lesson of lessons) {
    const sameId = ids.get(lesson.meta.id)
    if (sameId) throw new LessonError(lesson.file, 2, `id "${lesson.meta.id}" is already used by ${sameId}`)
    const sameOrder = orders.get(lesson.meta.order)
    if (sameOrder) throw new LessonError(lesson.file, 2, `order ${lesson.meta.order} is already used by ${sameOrder}`)
    ids.set(lesson.meta.id, lesson.file)
    orders.set(lesson.meta.order, lesson.file)
  }
  return [...lessons].sort((a, b) => a.meta.order - b.meta.order)
}
