import { useState } from 'react'

interface Props {
  text: string
  causes: { seq: number; text: string }[]
  onJump: (seq: number) => void
}

/** What just happened, in words, announced politely; "Why now?" unfolds the chain of causes. */
export function Narration({ text, causes, onJump }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <div className="narration">
      <p aria-live="polite" className="narration-text">
        {text || 'Press Run, then step through the program.'}
      </p>
      {causes.length > 0 && (
        <div className="why">
          <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
            Why did this run now?
          </button>
          {open && (
            <ol className="cause-chain">
              {causes.map((cause) => (
                <li key={cause.seq}>
                  <button type="button" className="link-button" onClick={() => onJump(cause.seq)} title="Go to this step">
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
