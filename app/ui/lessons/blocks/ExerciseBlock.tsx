import { useState } from 'react'
import type { CheckResult } from '../../../model/lessons/checks.ts'
import { t } from '../../../i18n/index.ts'

interface Props {
  title: string
  /** A Python asyncio exercise (its starter opens, and is checked, as Python). */
  python?: boolean
  hint: string
  solved: boolean
  /** Results of the last check of this exercise, if any. */
  results: CheckResult[] | undefined
  checking: boolean
  onStart: () => void
  onCheck: () => void
  onShowSolution: () => void
}

/** An exercise: open the starter, edit, check against the trace predicates, with a hint and the solution on demand. */
export function ExerciseBlock({ title, python = false, hint, solved, results, checking, onStart, onCheck, onShowSolution }: Props) {
  const [showHint, setShowHint] = useState(false)
  const allPassed = results !== undefined && results.every((r) => r.passed)
  return (
    <section className={`lesson-block exercise${python ? ' python' : ''}`} aria-label={t(python ? 'blocks.pythonExerciseLabel' : 'blocks.exerciseLabel', { title })}>
      <h3>
        <span className="block-kind">{t(python ? 'blocks.pythonExercise' : 'blocks.exercise')}</span> {title} {solved && <span className="badge right">{t('blocks.solved')}</span>}
      </h3>
      <div className="block-actions">
        <button type="button" className="button small" onClick={onStart}>
          {t('blocks.starter')}
        </button>
        <button type="button" className="button small primary" onClick={onCheck} disabled={checking}>
          {checking ? t('blocks.checking') : t('blocks.check')}
        </button>
        <button type="button" className="button small" aria-expanded={showHint} onClick={() => setShowHint(!showHint)}>
          {t('blocks.hint')}
        </button>
        <button type="button" className="button small" onClick={onShowSolution}>
          {t('blocks.solution')}
        </button>
      </div>
      {showHint && <p className="block-note hint">💡 {hint}</p>}
      {results && (
        <ul className="check-results" aria-live="polite">
          {allPassed && <li className="passed summary">{t('blocks.allPassed')}</li>}
          {results.map((result, i) => (
            <li key={i} className={result.passed ? 'passed' : 'failed'}>
              <span aria-hidden="true">{result.passed ? '✓' : '✗'}</span> <span className="visually-hidden">{result.passed ? t('blocks.passed') : t('blocks.failed')}</span> {result.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
