import { useState } from 'react'
import type { loopLine } from '../../model/profiles.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  text: string
  loop?: ReturnType<typeof loopLine>
  causes: { seq: number; text: string }[]
  onJump: (seq: number) => void
}

/** What just happened, in words, announced politely; "Why now?" unfolds the chain of causes. */
export function Narration({ text, loop, causes, onJump }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <div className="narration">
      {loop && (
        <div className="loop-line">
          <ol className="loop-steps" aria-label={t('narrationView.where')}>
            {loop.steps.map((step) => (
              <li key={step.id} className={step.current ? 'current' : ''} aria-current={step.current ? 'step' : undefined}>
                {step.label}
              </li>
            ))}
          </ol>
          {loop.help && <span className="loop-help">{loop.help}</span>}
        </div>
      )}
      <p aria-live="polite" className="narration-text">
        {text || t('narrationView.empty')}
      </p>
      {causes.length > 0 && (
        <div className="why">
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('narrationView.why')}
          </button>
          {open && (
            <ol className="cause-chain">
              {causes.map((cause) => (
                <li key={cause.seq}>
                  <button type="button" className="link-button" onClick={() => onJump(cause.seq)} title={t('narrationView.goTitle')}>
                    {cause.text}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  )
}
