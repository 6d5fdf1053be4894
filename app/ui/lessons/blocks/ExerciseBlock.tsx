import { useState } from 'react'
import type { CheckResult } from '../../../model/lessons/checks.ts'

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
    <section className={`lesson-block exercise${python ? ' python' : ''}`} aria-label={`${python ? 'Python exercise' : 'Exercise'}: ${title}`}>
      <h3>
        <span className="block-kind">{python ? 'Python exercise' : 'Exercise'}</span> {title} {solved && <span className="badge right">solved</span>}
      </h3>
      <div className="block-actions">
        <button type="button" className="button small" onClick={onStart}>
          Open the starter code
        </button>
        <button type="button" className="button small primary" onClick={onCheck} disabled={checking}>
          {checking ? 'Checking…' : 'Check my code'}
        </button>
        <button type="button" className="button small" aria-expanded={showHint} onClick={() => setShowHint(!showHint)}>
          Hint
        </button>
        <button type="button" className="button small" onClick={onShowSolution}>
          Show solution
        </button>
      </div>
      {showHint && <p className="block-note hint">💡 {hint}</p>}
      {results && (
        <ul className="check-results" aria-live="polite">
          {allPassed && <li className="passed summary">Every check passes — well done!</li>}
          {results.map((result, i) => (
            <li key={i} className={result.passed ? 'passed' : 'failed'}>
              <span aria-hidden="true">{result.passed ? '✓' : '✗'}</span> <span className="visually-hidden">{result.passed ? 'Passed:' : 'Failed:'}</span> {result.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
