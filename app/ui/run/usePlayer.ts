import { useCallback, useEffect, useMemo, useState } from 'react'
import type { TraceSession } from '../../model/session.ts'
import { placeAfterSwitch, type Granularity } from '../../model/steps.ts'

export const SPEEDS = [0.5, 1, 2, 4, 8, 16] as const
/** Steps per second at speed 1×: readable at callback granularity. */
const BASE_RATE = 2

/** How a new session starts. */
export interface PlayerStart {
  /** Play from step 1 (a run the learner wants to watch); otherwise show the last step. */
  play: boolean
  /** The run is paced to real time (an endless program): follow its newest step instead. */
  live: boolean
}

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
export function usePlayer(session: TraceSession | undefined, version: number, start: PlayerStart): Player {
  const [granularity, setGranularityState] = useState<Granularity>('microtask')
  const [index, setIndexState] = useState(0)
  /** The event shown after a granularity switch, until the learner moves (keeps their place exactly). */
  const [anchor, setAnchorState] = useState<number | null>(null)
  const [following, setFollowing] = useState(true)
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<number>(1)
  const [shownSession, setShownSession] = useState(session)
  const [wasLive, setWasLive] = useState(start.live)

  // A new session starts at step 1, playing if the learner wants to watch; a live one is followed.
  if (shownSession !== session) {
    const play = start.play && !start.live
    setShownSession(session)
    setIndexState(0)
    setAnchorState(null)
    setFollowing(!play)
    setPlaying(play)
  }
  if (wasLive !== start.live) {
    setWasLive(start.live)
    if (start.live) {
      setFollowing(true)
      setPlaying(false)
    }
  }

  // eslint-disable-next-line react-hooks/exhaustive-deps -- version counts the in-place changes of the live session
  const count = useMemo(() => (session ? session.steps.count(granularity) : 0), [session, granularity, version])
  const effectiveIndex = following ? Math.max(0, count - 1) : Math.min(index, Math.max(0, count - 1))
  const stepSeq = session && count > 0 ? session.steps.eventAt(granularity, effectiveIndex) : -1
  const seq = anchor !== null && !following && stepSeq >= 0 ? anchor : stepSeq

  const setIndex = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(next, Math.max(0, count - 1)))
      setAnchorState(null)
      setIndexState(clamped)
      setFollowing(clamped >= count - 1)
    },
    [count],
  )

  const setGranularity = useCallback(
    (next: Granularity) => {
      if (session && seq >= 0 && !following) {
        const place = placeAfterSwitch(session.steps, next, seq)
        setIndexState(place.index)
        setAnchorState(place.seq)
      }
      setGranularityState(next)
    },
    [session, seq, following],
  )

  const jumpToEvent = useCallback(
    (event: number) => {
      if (!session) return
      setPlaying(false)
      const target = session.steps.indexAtOrBefore(granularity, event)
      setAnchorState(null)
      setIndexState(target)
      setFollowing(false)
    },
    [session, granularity],
  )

  useEffect(() => {
    if (!playing) return
    const timer = window.setInterval(
      () => {
        setAnchorState(null)
        // The session is read now, not as of the last render: a run can finish
        // between the two, and its last steps must not look like the end.
        const total = session ? session.steps.count(granularity) : 0
        setIndexState((current) => {
          const next = (following && session?.live ? total - 1 : current) + 1
          if (next >= total) {
            if (!session?.live) setPlaying(false)
            return Math.max(0, total - 1)
          }
          return next
        })
        setFollowing(false)
      },
      1000 / (BASE_RATE * speed),
    )
    return () => window.clearInterval(timer)
  }, [playing, speed, following, session, granularity])

  return {
    granularity,
    setGranularity,
    count,
    index: effectiveIndex,
    seq,
    setIndex,
    stepForward: () => setIndex(effectiveIndex + 1),
    stepBack: () => setIndex(anchor !== null && seq > stepSeq ? effectiveIndex : effectiveIndex - 1),
    toStart: () => setIndex(0),
    toEnd: () => {
      setAnchorState(null)
      setIndexState(Math.max(0, count - 1))
      setFollowing(true)
    },
    playing,
    togglePlay: () => {
      if (!playing && effectiveIndex >= count - 1) {
        setAnchorState(null)
        setIndexState(0)
      }
      setFollowing(false)
      setPlaying(!playing)
    },
    speed,
    setSpeed,
    following,
    jumpToEvent,
  }
}
