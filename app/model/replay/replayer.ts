import type { TraceColumns } from '../../engine/trace/columns.ts'
import { applyEvent } from './apply.ts'
import { cloneState, emptyState, stateSize, type LoopState } from './state.ts'

/** Fewest events between two checkpoints. */
const MIN_SPACING = 512

/**
 * The state of the loop at any event, fast: checkpoints are taken as the
 * trace grows, spaced so that their total cost stays proportional to the
 * trace (the spacing grows with the state's size); a query clones the nearest
 * checkpoint at or before the target and replays the few events after it.
 */
export class Replayer {
  private readonly checkpoints: LoopState[] = [emptyState()]
  private head: LoopState = emptyState()

  constructor(private readonly trace: TraceColumns) {}

  /** Folds newly appended events into the head state, taking checkpoints on the way. */
  catchUp(): void {
    const trace = this.trace
    let last = this.checkpoints[this.checkpoints.length - 1]!
    for (let i = this.head.seq; i < trace.count; i++) {
      applyEvent(this.head, trace, i)
      const spacing = Math.max(MIN_SPACING, stateSize(this.head) * 4)
      if (this.head.seq - last.seq >= spacing) {
        last = cloneState(this.head)
        this.checkpoints.push(last)
      }
    }
  }

  /** The state after event `seq - 1` (so `stateAt(0)` is before anything happened). */
  stateAt(seq: number): LoopState {
    this.catchUp()
    const target = Math.max(0, Math.min(seq, this.trace.count))
    if (target === this.head.seq) return cloneState(this.head)
    let lo = 0
    let hi = this.checkpoints.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.checkpoints[mid]!.seq <= target) lo = mid
      else hi = mid - 1
    }
    const state = cloneState(this.checkpoints[lo]!)
    for (let i = state.seq; i < target; i++) applyEvent(state, this.trace, i)
    return state
  }

  get checkpointCount(): number {
    return this.checkpoints.length
  }
}
