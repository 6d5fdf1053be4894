import { LessonCode } from './LessonCode.tsx'
import { t } from '../../../i18n/index.ts'

interface Props {
  title: string
  code: string
  /** What it prints, as the lesson states it (checked by the lessons check), if the lesson states it. */
  output?: readonly string[] | undefined
  onOpen: () => void
  onRun: () => void
}

/** A runnable example: the code, buttons to open it in the editor or run it at once, and what it prints. */
export function ExampleBlock({ title, code, output, onOpen, onRun }: Props) {
  return (
    <figure className="lesson-block example">
      <figcaption>
        <span className="block-kind">{t('blocks.example')}</span> {title}
      </figcaption>
      <LessonCode code={code} />
      <div className="block-actions">
        <button type="button" className="button small primary" onClick={onRun}>
          {t('blocks.runIt')}
        </button>
        <button type="button" className="button small" onClick={onOpen}>
          {t('blocks.openInEditor')}
        </button>
      </div>
      {output && (
        <details className="example-output">
          <summary>{t('blocks.prints')}</summary>
          <LessonCode code={output.join('\n')} />
        </details>
      )}
    </figure>
  )
}
