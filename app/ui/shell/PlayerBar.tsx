import type { Granularity } from '../../model/steps.ts'
import { SPEEDS, type Player } from '../run/usePlayer.ts'
import { Icon } from './Icon.tsx'

const GRANULARITIES: { value: Granularity; label: string }[] = [
  { value: 'statement', label: 'Statements' },
  { value: 'microtask', label: 'Callbacks' },
  { value: 'task', label: 'Tasks' },
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
    <div className="player" role="group" aria-label="Player">
      <button
        type="button"
        className="icon-button"
        aria-label="Go to start"
        title="Go to start (Home)"
        disabled={empty || player.index === 0}
        onClick={player.toStart}
      >
        <Icon name="toStart" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Step back"
        title="Step back (←)"
        disabled={empty || player.index === 0}
        onClick={player.stepBack}
      >
        <Icon name="stepBack" />
      </button>
      <button
        type="button"
        className="icon-button play"
        aria-label={player.playing ? 'Pause' : 'Play'}
        title="Play / pause (Space)"
        disabled={empty}
        onClick={player.togglePlay}
      >
        <Icon name={player.playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Step forward"
        title="Step forward (→)"
        disabled={empty || player.index >= last}
        onClick={player.stepForward}
      >
        <Icon name="stepForward" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Go to end"
        title="Go to end (End)"
        disabled={empty || player.index >= last}
        onClick={player.toEnd}
      >
        <Icon name="toEnd" />
      </button>
      <input
        type="range"
        className="scrubber"
        aria-label="Step"
        aria-valuetext={empty ? 'no steps' : `step ${player.index + 1} of ${player.count}`}
        min={0}
        max={last}
        value={player.index}
        disabled={empty}
        onChange={(e) => player.setIndex(Number(e.currentTarget.value))}
      />
      <span className="step-readout" aria-hidden="true">
        {empty ? 'no run yet' : `${player.index + 1} / ${player.count}`}
      </span>
      <div className="segmented" role="radiogroup" aria-label="Step by" onKeyDown={onRadioKey}>
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
            {g.label}
          </button>
        ))}
      </div>
      <label className="speed">
        <span className="visually-hidden">Speed</span>
        <select aria-label="Speed" value={player.speed} onChange={(e) => player.setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
      <label className="run-mode" title="When checked, Run jumps straight to the result instead of playing from step 1">
        <input type="checkbox" checked={runToEnd} onChange={(e) => onRunToEnd(e.currentTarget.checked)} />
        Run to end
      </label>
    </div>
  )
}
