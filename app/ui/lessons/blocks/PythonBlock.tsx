import { LessonCode } from './LessonCode.tsx'
import { t } from '../../../i18n/index.ts'

interface Props {
  title: string
  code: string
  output?: readonly string[] | undefined
  /** Absent for a fragment (not a whole program): it is shown without Run. */
  onOpen?: (() => void) | undefined
  onRun?: (() => void) | undefined
}

/** A program using `looplab.world`, which CPython alone cannot run. */
const LOOPLAB_WORLD = /^\s*(from|import)\s+looplab\b/m

/** The Python asyncio counterpart of a lesson's idea, runnable like an example, and what it prints when the lesson states it. */
export function PythonBlock({ title, code, output, onOpen, onRun }: Props) {
  return (
    <figure className="lesson-block python">
      <figcaption>
        <span className="block-kind">{t('blocks.python')}</span> {title}
      </figcaption>
      <LessonCode code={code} />
      {onRun && onOpen && (
        <div className="block-actions">
          <button type="button" className="button small primary" onClick={onRun}>
            {t('blocks.runIt')}
          </button>
          <button type="button" className="button small" onClick={onOpen}>
            {t('blocks.openInEditor')}
          </button>
        </div>
      )}
      {output && (
        <details className="example-output">
          <summary>{t(LOOPLAB_WORLD.test(code) ? 'blocks.printsPythonWorld' : 'blocks.printsPython')}</summary>
          <LessonCode code={output.join('\n')} />
        </details>
      )}
    </figure>
  )
}
