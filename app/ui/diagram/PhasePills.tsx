import { useId, useState } from 'react'
import type { PhasePill } from '../../model/profiles.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  pills: PhasePill[]
  /** The id of the pill the loop is in. */
  active: string
  /** Where the row starts and how far apart the pills are (px), matching the diagram's header. */
  left: number
  step: number
  compact: boolean
}

/** The loop's phases as pills over the diagram's header; each explains itself on hover, focus or tap. */
export function PhasePills({ pills, active, left, step, compact }: Props) {
  const id = useId()
  const [shown, setShown] = useState<string>()
  return (
    <div className={`phase-pills${compact ? ' compact' : ''}`} style={{ left }} role="group" aria-label={t('pills.group')}>
      {pills.map((pill) => {
        const tip = `${id}-${pill.id}`
        return (
          <span key={pill.id} className="phase-pill-wrap" style={{ width: step - 6 }}>
            <button
              type="button"
              className={`phase-pill${pill.id === active ? ' active' : ''}`}
              aria-describedby={tip}
              aria-current={pill.id === active ? 'step' : undefined}
              onMouseEnter={() => setShown(pill.id)}
              onMouseLeave={() => setShown(undefined)}
              onFocus={() => setShown(pill.id)}
              onBlur={() => setShown(undefined)}
              onClick={() => setShown(shown === pill.id ? undefined : pill.id)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setShown(undefined)
              }}
            >
              {pill.label}
            </button>
            <span role="tooltip" id={tip} className="phase-tip" hidden={shown !== pill.id}>
              {pill.description}
            </span>
          </span>
        )
      })}
    </div>
  )
}
