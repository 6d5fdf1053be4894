import { useEffect, useRef, useState } from 'react'
import type { CheckResult } from '../../model/lessons/checks.ts'
import type { Check, Lesson } from '../../model/lessons/types.ts'

/** What checking an exercise needs: its checks, its virtual-time limit, and its language. */
export interface ExerciseChecks {
  checks: Check[]
  timeLimitMs: number
  /** A Python exercise: checked on a Python run. */
  python?: boolean | undefined
}
import type { DocumentInfo } from '../persistence/useEditorDocument.ts'
import { ExampleBlock } from './blocks/ExampleBlock.tsx'
import { ExerciseBlock } from './blocks/ExerciseBlock.tsx'
import { PredictBlock } from './blocks/PredictBlock.tsx'
import { PythonBlock } from './blocks/PythonBlock.tsx'
import { Markdown } from './Markdown.tsx'
import { updateProgress } from './progress.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  lesson: Lesson
  lessons: readonly Lesson[]
  /** Puts a program in the editor (and runs it when `run`); returns the text now in the editor. */
  onOpen: (info: DocumentInfo, run: boolean, code?: string) => string
  /** Runs `code` (stopped at the exercise's time limit) and evaluates its checks when it finishes. */
  onCheck: (block: number, exercise: ExerciseChecks, code: string) => void
  results: Record<string, CheckResult[]>
  checking: string | undefined
  onNavigate: (id: string | undefined) => void
}

export function blockDocument(lesson: Lesson, index: number, title: string, original: string, python = false): DocumentInfo {
  return {
    id: `lesson:${lesson.meta.id}:${index}`,
    title: `${lesson.meta.title} — ${title}`,
    original,
    host: python ? 'python' : lesson.meta.host,
    lessonId: lesson.meta.id,
  }
}

/**
 * The title of a lesson program in the editor, in the lessons' current language: a document keeps
 * the words it was opened with, so after a language switch its title is found again from its id.
 */
export function lessonDocumentTitle(lessons: readonly Lesson[] | undefined, info: DocumentInfo): string | undefined {
  const match = /^lesson:(.+):(\d+)$/.exec(info.id)
  if (!match) return undefined
  const lesson = lessons?.find((l) => l.meta.id === match[1])
  const block = lesson?.blocks[Number(match[2])]
  return lesson && block && block.type !== 'markdown' ? `${lesson.meta.title} — ${block.title}` : undefined
}

/** The program a lesson opens with in the editor: its first example (else its first exercise's starter). */
export function firstProgram(lesson: Lesson): DocumentInfo | undefined {
  const index = lesson.blocks.findIndex((b) => b.type === 'example')
  const at = index >= 0 ? index : lesson.blocks.findIndex((b) => b.type === 'exercise')
  const block = lesson.blocks[at]
  if (block?.type === 'example') return blockDocument(lesson, at, block.title, block.code)
  if (block?.type === 'exercise') return blockDocument(lesson, at, block.title, block.starter, block.python)
  return undefined
}

/**
 * A lesson: prose, runnable examples, predictions, exercises and the Python
 * counterpart, in reading order. Mount one per lesson (keyed by its id): its
 * state, and every block's, belongs to that lesson alone.
 */
export function LessonPanel({ lesson, lessons, onOpen, onCheck, results, checking, onNavigate }: Props) {
  const [progress, setProgress] = useState(() => updateProgress(lesson.meta.id, (p) => (p.visited = true)))
  const scrollRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
  }, [lesson])
  const passed = (index: number) => results[`${lesson.meta.id}#${index}`]?.every((r) => r.passed) === true
  useEffect(() => {
    lesson.blocks.forEach((_, index) => {
      if (results[`${lesson.meta.id}#${index}`]?.every((r) => r.passed)) updateProgress(lesson.meta.id, (p) => (p.solved[index] = true))
    })
  }, [results, lesson])

  const position = lessons.findIndex((l) => l.meta.id === lesson.meta.id)
  const previous = lessons[position - 1]
  const next = lessons[position + 1]
  return (
    <article className="lesson" ref={scrollRef} aria-labelledby="lesson-title">
      <p className="lesson-kicker">
        {t('lesson.kicker', { n: position + 1, count: lessons.length })} · {lesson.meta.host === 'browser' ? t('lesson.browserLoop') : t('lesson.nodeLoop')}
      </p>
      <h1 id="lesson-title">{lesson.meta.title}</h1>
      <p className="lesson-summary">{lesson.meta.summary}</p>
      {lesson.blocks.map((block, index) => {
        // Keys carry the lesson, so no block ever inherits another lesson's state.
        const key = `${lesson.meta.id}#${index}`
        switch (block.type) {
          case 'markdown':
            return (
              <div key={key} className="lesson-prose">
                <Markdown text={block.text} />
              </div>
            )
          case 'example': {
            const info = blockDocument(lesson, index, block.title, block.code)
            return <ExampleBlock key={key} title={block.title} code={block.code} output={block.output?.lines} onOpen={() => onOpen(info, false)} onRun={() => onOpen(info, true)} />
          }
          case 'predict': {
            const info = blockDocument(lesson, index, block.title, block.code)
            return (
              <PredictBlock
                key={key}
                title={block.title}
                code={block.code}
                host={lesson.meta.host}
                previous={progress.predicted[index]}
                onAnswered={(result) => setProgress(updateProgress(lesson.meta.id, (p) => (p.predicted[index] = result)))}
                onWatch={() => onOpen(info, true, block.code)}
              />
            )
          }
          case 'exercise': {
            const info = blockDocument(lesson, index, block.title, block.starter, block.python)
            return (
              <ExerciseBlock
                key={key}
                title={block.title}
                python={block.python === true}
                hint={block.hint}
                solved={progress.solved[index] === true || passed(index)}
                results={results[key]}
                checking={checking === key}
                onStart={() => onOpen(info, false)}
                onCheck={() => onCheck(index, block, onOpen(info, false))}
                onShowSolution={() => {
                  if (window.confirm(t('lesson.confirm'))) onOpen(info, false, block.solution)
                }}
              />
            )
          }
          case 'python': {
            if (block.fragment) return <PythonBlock key={key} title={block.title} code={block.code} output={block.output?.lines} />
            const info = blockDocument(lesson, index, block.title, block.code, true)
            return <PythonBlock key={key} title={block.title} code={block.code} output={block.output?.lines} onOpen={() => onOpen(info, false)} onRun={() => onOpen(info, true)} />
          }
        }
      })}
      <nav className="lesson-nav" aria-label={t('lesson.nav')}>
        {previous ? (
          <button type="button" className="button" onClick={() => onNavigate(previous.meta.id)}>
            ← {previous.meta.title}
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button type="button" className="button primary" onClick={() => onNavigate(next.meta.id)}>
            {next.meta.title} →
          </button>
        ) : (
          <button type="button" className="button" onClick={() => onNavigate(undefined)}>
            {t('lesson.back')}
          </button>
        )}
      </nav>
    </article>
  )
}
