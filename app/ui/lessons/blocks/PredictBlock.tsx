import { useState } from 'react'
import { useBackgroundOutput } from '../useBackgroundOutput.ts'
import { LessonCode } from './LessonCode.tsx'
import { t } from '../../../i18n/index.ts'

interface Props {
  title: string
  code: string
  host: 'node' | 'browser'
  previous?: 'right' | 'wrong' | undefined
  onAnswered: (result: 'right' | 'wrong') => void
  onWatch: () => void
}

/** Shuffles deterministically (a fixed rotation-and-swap), so the question is the same every visit. */
function shuffled(lines: string[]): string[] {
  const out = [...lines]
  for (let i = out.length - 1; i > 0; i--) {
    const j = (i * 7 + 3) % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  if (out.every((line, i) => line === lines[i]) && out.length > 1) out.push(out.shift()!)
  return out
}

/**
 * "Predict the order": the learner arranges the program's output lines in the
 * order they think it prints them (keyboard-operable up/down buttons), checks,
 * then watches the real run.
 */
export function PredictBlock({ title, code, host, previous, onAnswered, onWatch }: Props) {
  const output = useBackgroundOutput()
  const [state, setState] = useState<{ phase: 'idle' | 'loading' | 'ordering' | 'checked' | 'error'; truth: string[]; order: string[]; message?: string }>({ phase: 'idle', truth: [], order: [] })

  const start = async () => {
    setState({ phase: 'loading', truth: [], order: [] })
    try {
      const truth = await output(code, host)
      setState({ phase: 'ordering', truth, order: shuffled(truth) })
    } catch (error) {
      setState({ phase: 'error', truth: [], order: [], message: (error as Error).message })
    }
  }

  const move = (index: number, by: -1 | 1) => {
    setState((s) => {
      const order = [...s.order]
      const target = index + by
      if (target < 0 || target >= order.length) return s
      ;[order[index], order[target]] = [order[target]!, order[index]!]
      return { ...s, order }
    })
  }

  const check = () => {
    const right = state.order.every((line, i) => line === state.truth[i])
    setState((s) => ({ ...s, phase: 'checked' }))
    onAnswered(right ? 'right' : 'wrong')
  }

  const right = state.phase === 'checked' && state.order.every((line, i) => line === state.truth[i])
  return (
    <figure className="lesson-block predict">
      <figcaption>
        <span className="block-kind">{t('blocks.predict')}</span> {title}
        {previous && state.phase === 'idle' && <span className={`badge ${previous}`}>{previous === 'right' ? t('blocks.answeredRight') : t('blocks.answered')}</span>}
      </figcaption>
      <LessonCode code={code} />
      {state.phase === 'idle' && (
        <div className="block-actions">
          <button type="button" className="button small primary" onClick={() => void start()}>
            {t('blocks.predictButton')}
          </button>
        </div>
      )}
      {state.phase === 'loading' && <p className="block-note">{t('blocks.preparing')}</p>}
      {state.phase === 'error' && <p className="block-note error">{state.message}</p>}
      {(state.phase === 'ordering' || state.phase === 'checked') && (
        <>
          <p className="block-note">{state.phase === 'ordering' ? t('blocks.order') : right ? t('blocks.right') : t('blocks.notQuite')}</p>
          <ol className="predict-list" aria-label={t('blocks.yourOrder')}>
            {(state.phase === 'checked' && !right ? state.truth : state.order).map((line, i) => (
              <li key={`${i}-${line}`} className={state.phase === 'checked' ? (state.order[i] === state.truth[i] ? 'match' : 'miss') : ''}>
                <code>{line}</code>
                {state.phase === 'ordering' && (
                  <span className="predict-moves">
                    <button type="button" className="icon-button tiny" aria-label={t('blocks.up', { line })} disabled={i === 0} onClick={() => move(i, -1)}>
                      ↑
                    </button>
                    <button type="button" className="icon-button tiny" aria-label={t('blocks.down', { line })} disabled={i === state.order.length - 1} onClick={() => move(i, 1)}>
                      ↓
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
          <div className="block-actions">
            {state.phase === 'ordering' ? (
              <button type="button" className="button small primary" onClick={check}>
                {t('blocks.checkPrediction')}
              </button>
            ) : (
              <>
                <button type="button" className="button small primary" onClick={onWatch}>
                  {t('blocks.watch')}
                </button>
                <button type="button" className="button small" onClick={() => void start()}>
                  {t('blocks.again')}
                </button>
              </>
            )}
          </div>
        </>
      )}
    </figure>
  )
}
