import { useMemo } from 'react'
import { diagramModel, type DiagramModel } from '../../model/diagram.ts'
import { causeChain, narrate } from '../../model/narration.ts'
import { loopLine } from '../../model/profiles.ts'
import type { TraceSession } from '../../model/session.ts'

/** Everything the views show for the current step, computed from the model. */
export interface StepView {
  diagram: DiagramModel | undefined
  narration: string
  /** The loop's cycle with the current step marked, and what that step does. */
  loop: ReturnType<typeof loopLine> | undefined
  causes: { seq: number; text: string }[]
  /** The source line the step is on. */
  line: number | undefined
  /** Console lines printed up to this step. */
  consoleVisible: number
  /** Virtual time of the step (µs). */
  time: number
}

/** `locale` re-words the narration when the UI language changes (the step and the run stay). */
export function useStepView(session: TraceSession | undefined, seq: number, version: number, internals: boolean, locale = 'en'): StepView {
  return useMemo(() => {
    if (!session || seq < 0)
      return { diagram: undefined, loop: undefined, narration: '', causes: [], line: undefined, consoleVisible: 0, time: 0 }
    session.catchUp()
    const state = session.replayer.stateAt(seq + 1)
    const loc = session.trace.loc[seq]! || state.loc
    return {
      diagram: diagramModel(session, state, { internals }),
      narration: narrate(seq, session.trace, session.labels, session.facts),
      loop: loopLine(session.host, state),
      causes: causeChain(seq, session.trace, session.labels, session.facts),
      line: session.labels.line(loc),
      consoleVisible: session.console.countAt(seq + 1),
      time: state.time,
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the in-place changes of the live session; locale re-words it
  }, [session, seq, version, internals, locale])
}
