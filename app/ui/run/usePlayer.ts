import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TraceSession } from '../../model/session.ts'
import type { Granularity } from '../../model/steps.ts'

export const SPEEDS = [0.5, 1, 2, 4, 8, 16] as const
/** Steps per second at speed 1×. */
const BASE_RATE = 3

export interface Player {
  granularity: Granularity
  setGranularity: (granularity: Granularity) => void
  count: number
  index: number
  /** The event the current step stands on (-1 when there is none yet). */
  seq: number
  setIndex: (index: number) => void
  stepForward: () => void
  stepBack: () => void
  toStart: () => void
  toEnd: () => void
  playing: boolean
  togglePlay: () => void
  speed: number
  setSpeed: (speed: number) => void
  /** Whether the player follows the newest step while the trace grows. */
  following: boolean
  /** Jumps to the step at or before an event (timeline clicks). */
  jumpToEvent: (seq: number) => void
}

/** Play, pause, step and scrub through a session, live or finished. */
export function usePlayer(session: TraceSession | undefined, version: number): Player {
  const [granularity, setGranularityState] = useState<Granularity>('statement')
  const [index, setIndexState] = useState(0)
  const [following, setFollowing] = useState(true)
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<number>(1)

  // A new session starts at its first step, following the newest one (state adjusted during render, as React advises).
  const [shownSession, setShownSession] = useState(session)
  if (shownSession !== session) {
    setShownSession(session)
    setIndexState(0)
    setFollowing(true)
    setPlaying(false)
  }

  // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the in-place changes of the live session
  const count = useMemo(() => (session ? session.steps.count(granularity) : 0), [session, granularity, version])
  const effectiveIndex = following ? Math.max(0, count - 1) : Math.min(index, Math.max(0, count - 1))
  const seq = session && count > 0 ? session.steps.eventAt(granularity, effectiveIndex) : -1

  const setIndex = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(next, Math.max(0, count - 1)))
      setIndexState(clamped)
      setFollowing(clamped >= count - 1)
    },
    [count],
  )

  const setGranularity = useCallback(
    (next: Granularity) => {
      if (session && seq >= 0) setIndexState(session.steps.indexAtOrBefore(next, seq))
      setGranularityState(next)
    },
    [session, seq],
  )

  const jumpToEvent = useCallback(
    (event: number) => {
      if (!session) return
      setPlaying(false)
      const target = session.steps.indexAtOrBefore(granularity, event)
      setIndexState(target)
      setFollowing(false)
    },
    [session, granularity],
  )

  useEffect(() => {
    if (!playing) return
    const timer = window.setInterval(
      () => {
        setIndexState((current) => {
          const next = (following && session?.live ? count - 1 : current) + 1
          if (next >= count) {
            if (!session?.live) setPlaying(false)
            return Math.max(0, count - 1)
          }
          return next
        })
        setFollowing(false)
      },
      1000 / (BASE_RATE * speed),
    )
    return () => window.clearInterval(timer)
  }, [playing, speed, count, following, session])

  return {
    granularity,
    setGranularity,
    count,
    index: effectiveIndex,
    seq,
    setIndex,
    stepForward: () => setIndex(effectiveIndex + 1),
    stepBack: () => setIndex(effectiveIndex - 1),
    toStart: () => setIndex(0),
    toEnd: () => {
      setIndexState(Math.max(0, count - 1))
      setFollowing(true)
    },
    playing,
    togglePlay: () => {
      if (!playing && effectiveIndex >= count - 1) setIndexState(0)
      setFollowing(false)
      setPlaying(!playing)
    },
    speed,
    setSpeed,
    following,
    jumpToEvent,
  }
}
