import type { Granularity } from '../../model/steps.ts'
import { SPEEDS, type Player } from '../run/usePlayer.ts'
import { Icon } from './Icon.tsx'
import { t, type MessageKey } from '../../i18n/index.ts'

const GRANULARITIES: { value: Granularity; label: MessageKey }[] = [
  { value: 'statement', label: 'player.statements' },
  { value: 'microtask', label: 'player.callbacks' },
  { value: 'task', label: 'player.tasks' },
]

interface Props {
  player: Player
  /** Whether Run jumps to the last step instead of playing from step 1 (remembered). */
  runToEnd: boolean
  onRunToEnd: (runToEnd: boolean) => void
}

/** Play, step and scrub through a run; the step size is a statement, a callback or a task. */
export function PlayerBar({ player, runToEnd, onRunToEnd }: Props) {
  const empty = player.count === 0
  const last = Math.max(0, player.count - 1)
  const selected = GRANULARITIES.findIndex((g) => g.value === player.granularity)
  const onRadioKey = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }
    const move = moves[event.key]
    const target =
      move !== undefined
        ? (selected + move + GRANULARITIES.length) % GRANULARITIES.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? GRANULARITIES.length - 1
            : -1
    if (target < 0) return
    event.preventDefault()
    player.setGranularity(GRANULARITIES[target]!.value)
    event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]')[target]?.focus()
  }
  return (
    <div className="player" role="group" aria-label={t('player.group')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('player.start')}
        title={t('player.startTitle')}
        disabled={empty || player.index === 0}
        onClick={player.toStart}
      >
        <Icon name="toStart" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('player.back')}
        title={t('player.backTitle')}
        disabled={empty || player.index === 0}
        onClick={player.stepBack}
      >
        <Icon name="stepBack" />
      </button>
      <button
        type="button"
        className="icon-button play"
        aria-label={player.playing ? t('player.pause') : t('player.play')}
        title={t('player.playTitle')}
        disabled={empty}
        onClick={player.togglePlay}
      >
        <Icon name={player.playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('player.forward')}
        title={t('player.forwardTitle')}
        disabled={empty || player.index >= last}
        onClick={player.stepForward}
      >
        <Icon name="stepForward" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('player.end')}
        title={t('player.endTitle')}
        disabled={empty || player.index >= last}
        onClick={player.toEnd}
      >
        <Icon name="toEnd" />
      </button>
      <input
        type="range"
        className="scrubber"
        aria-label={t('player.step')}
        aria-valuetext={empty ? t('player.noSteps') : t('player.valuetext', { n: player.index + 1, count: player.count })}
        min={0}
        max={last}
        value={player.index}
        disabled={empty}
        onChange={(e) => player.setIndex(Number(e.currentTarget.value))}
      />
      <span className="step-readout" aria-hidden="true">
        {empty ? t('player.noRun') : `${player.index + 1} / ${player.count}`}
      </span>
      <div className="segmented" role="radiogroup" aria-label={t('player.stepBy')} onKeyDown={onRadioKey}>
        {GRANULARITIES.map((g) => (
          <button
            key={g.value}
            type="button"
            role="radio"
            tabIndex={player.granularity === g.value ? 0 : -1}
            aria-checked={player.granularity === g.value}
            className={player.granularity === g.value ? 'selected' : ''}
            onClick={() => player.setGranularity(g.value)}
          >
            {t(g.label)}
          </button>
        ))}
      </div>
      <label className="speed">
        <span className="visually-hidden">{t('player.speed')}</span>
        <select aria-label={t('player.speed')} value={player.speed} onChange={(e) => player.setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
      <label className="run-mode" title={t('player.runToEndTitle')}>
        <input type="checkbox" checked={runToEnd} onChange={(e) => onRunToEnd(e.currentTarget.checked)} />
        {t('player.runToEnd')}
      </label>
    </div>
  )
}
