import { Icon } from './Icon.tsx'

interface PlayerBarProps {
  stepCount: number
  step: number
  onStep(step: number): void
}

/** Play, step and scrub through a finished (or live) run. */
export function PlayerBar({ stepCount, step, onStep }: PlayerBarProps) {
  const empty = stepCount === 0
  const last = Math.max(0, stepCount - 1)
  return (
    <div className="player" role="group" aria-label="Player">
      <button type="button" className="icon-button" aria-label="Go to start" disabled={empty || step === 0} onClick={() => onStep(0)}><Icon name="toStart" /></button>
      <button type="button" className="icon-button" aria-label="Step back" disabled={empty || step === 0} onClick={() => onStep(step - 1)}><Icon name="stepBack" /></button>
      <button type="button" className="icon-button" aria-label="Play" disabled={empty}><Icon name="play" /></button>
      <button type="button" className="icon-button" aria-label="Step forward" disabled={empty || step >= last} onClick={() => onStep(step + 1)}><Icon name="stepForward" /></button>
      <button type="button" className="icon-button" aria-label="Go to end" disabled={empty || step >= last} onClick={() => onStep(last)}><Icon name="toEnd" /></button>
      <input
        type="range"
        className="scrubber"
        aria-label="Step"
        min={0}
        max={last}
        value={step}
        disabled={empty}
        onChange={(e) => onStep(Number(e.currentTarget.value))}
      />
      <span className="step-readout">{empty ? 'no run yet' : `step ${step + 1} / ${stepCount}`}</span>
    </div>
  )
}
