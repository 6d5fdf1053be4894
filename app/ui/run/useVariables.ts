import { useEffect, useState } from 'react'
import type { TraceSession } from '../../model/session.ts'
import { variableFrames, variableTargets, type VariableFrame } from '../../model/variables.ts'
import type { ScopeSnapshot } from '../../sandbox/protocol.ts'
import { t } from '../../i18n/index.ts'

/** What the Variables view shows: frames, or why there are none yet. */
export type VariablesState =
  { status: 'idle' } | { status: 'loading' } | { status: 'unavailable'; reason: string } | { status: 'ready'; frames: VariableFrame[] }

/** Waits this long on a step before asking (so playing and scrubbing do not start a run per step). */
const SETTLE_MS = 120

/** Snapshots already taken, per session and event. */
const cache = new WeakMap<TraceSession, Map<number, ScopeSnapshot>>()

/**
 * The Variables view's data at the current step: asked for only while the view
 * is open and the step has settled, by running the program again to that step
 * in a fresh sandbox (the normal trace carries no scopes, so a long trace stays
 * as fast as without the view); answers are kept per step.
 */
export function useVariables(
  session: TraceSession | undefined,
  seq: number,
  open: boolean,
  running: boolean,
  inspect: (session: TraceSession, targets: number[]) => Promise<ScopeSnapshot[] | undefined>,
  canInspect: (session: TraceSession) => boolean,
): VariablesState {
  const [answer, setAnswer] = useState<{ session: TraceSession; seq: number; frames: VariableFrame[] } | undefined>()
  const [failed, setFailed] = useState<{ session: TraceSession; seq: number } | undefined>()

  const known = session ? cache.get(session) : undefined
  const targets = session && seq >= 0 ? variableTargets(session.steps, seq) : []
  const cached = known && targets.every((t) => known.has(t)) ? targets.map((t) => known.get(t)!) : undefined

  useEffect(() => {
    if (!open || !session || seq < 0 || running || cached || !canInspect(session)) return
    let current = true
    const timer = window.setTimeout(() => {
      void inspect(session, targets).then((snapshots) => {
        if (!current) return
        if (!snapshots || snapshots.length !== targets.length) {
          setFailed({ session, seq })
          return
        }
        let store = cache.get(session)
        if (!store) cache.set(session, (store = new Map<number, ScopeSnapshot>()))
        snapshots.forEach((snapshot, i) => store.set(targets[i]!, snapshot))
        const [previous, now] = snapshots.length === 2 ? snapshots : [undefined, snapshots[0]!]
        setAnswer({ session, seq, frames: variableFrames(now, previous) })
      })
    }, SETTLE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [open, session, seq, running, cached, inspect, canInspect]) // eslint-disable-line react-hooks/exhaustive-deps -- `targets` follows from session and seq but is a new array each render: listing it would restart the timer every render

  if (!session || seq < 0) return { status: 'idle' }
  if (!canInspect(session))
    return {
      status: 'unavailable',
      reason: t('variablesView.fromFile'),
    }
  if (running) return { status: 'unavailable', reason: t('variablesView.running') }
  if (cached) {
    const [previous, now] = cached.length === 2 ? cached : [undefined, cached[0]!]
    return { status: 'ready', frames: variableFrames(now, previous) }
  }
  if (answer && answer.session === session && answer.seq === seq) return { status: 'ready', frames: answer.frames }
  if (failed && failed.session === session && failed.seq === seq) return { status: 'unavailable', reason: t('variablesView.unreadable') }
  return { status: 'loading' }
}
