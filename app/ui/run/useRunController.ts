import { useCallback, useEffect, useRef, useState } from 'react'
import type { TraceSession } from '../../model/session.ts'
import { compileSummary, runSummary } from '../../model/summary.ts'
import { t } from '../../i18n/index.ts'
import { Runner, type RunnerEvent, type RunSettings } from '../../sandbox/page/runner.ts'
import type { EditorMarker } from '../editor/MonacoEditor.tsx'
import type { ScopeSnapshot } from '../../sandbox/protocol.ts'

export type StatusTone = 'idle' | 'busy' | 'ok' | 'error'

/** A status sentence, or how to word it: a function is worded again in the UI language at each render. */
export type StatusMessage = string | (() => string)

export interface RunController {
  session: TraceSession | undefined
  /** Changes whenever the session grows or ends (drives re-rendering). */
  version: number
  running: boolean
  /** The running program is paced to real time (it keeps waking up): watch it live. */
  live: boolean
  /** The session came from Run (it can be watched from step 1), not from an opened file. */
  fromRun: boolean
  status: string
  tone: StatusTone
  markers: EditorMarker[]
  /** Runs `source`; `onSettled` hears how it ended (no session when it did not compile). */
  run: (source: string, settings: RunSettings, onSettled?: (session: TraceSession | undefined) => void) => void
  stop: () => void
  /** Shows a finished session that did not come from a run (an opened trace file). */
  show: (session: TraceSession, status: StatusMessage) => void
  /** The frames and bindings right after each event of `targets`, by running the session's program again (undefined: superseded or not possible). */
  inspectScopes: (session: TraceSession, targets: number[]) => Promise<ScopeSnapshot[] | undefined>
  /** Whether a session's variables can be looked at (it came from a run, not from a file). */
  canInspect: (session: TraceSession) => boolean
  /** Puts a message in the status line (until the next run). */
  announce: (message: StatusMessage) => void
  /** Starts loading Python in a spare sandbox, so the first Python run starts at once. */
  prewarmPython: () => void
  /** The learner left Python: one started Python sandbox is kept for a return, the others end. */
  parkPython: () => void
  /** Compiles a TypeScript program ahead of Run (the learner paused typing), so Run starts at once. */
  precompile: (source: string) => void
}

/**
 * The app's handle on runs: starts them through the Runner, turns its events
 * into a session, a status sentence and editor markers, and re-renders at
 * most once per animation frame while a trace streams in.
 */
export function useRunController(initialStatus: StatusMessage): RunController {
  const containerRef = useRef<HTMLDivElement | null>(null)
  const runnerRef = useRef<Runner | null>(null)
  const [session, setSession] = useState<TraceSession>()
  const [version, setVersion] = useState(0)
  const [running, setRunning] = useState(false)
  const [live, setLive] = useState(false)
  const [fromRun, setFromRun] = useState(false)
  const [status, setStatusState] = useState<{ message: StatusMessage }>({ message: initialStatus })
  const setStatus = useCallback((message: StatusMessage) => setStatusState({ message }), [])
  const [tone, setTone] = useState<StatusTone>('idle')
  const [markers, setMarkers] = useState<EditorMarker[]>([])
  const frameRequest = useRef<number | null>(null)

  useEffect(() => {
    const container = document.createElement('div')
    container.className = 'sandbox-host'
    document.body.appendChild(container)
    containerRef.current = container
    const runner = new Runner(container)
    runnerRef.current = runner
    const warm = window.setTimeout(() => runner.prewarm(), 300)
    return () => {
      window.clearTimeout(warm)
      runner.kill()
      container.remove()
    }
  }, [])

  const refresh = useCallback(() => {
    if (frameRequest.current !== null) return
    frameRequest.current = requestAnimationFrame(() => {
      frameRequest.current = null
      setVersion((v) => v + 1)
    })
  }, [])

  const onEvent = useCallback(
    (event: RunnerEvent) => {
      switch (event.type) {
        case 'compiling':
          setRunning(true)
          setStatus(() => t('status.compiling'))
          setTone('busy')
          break
        case 'loading-python':
          setRunning(true)
          setStatus(() => t('status.loadingPython'))
          setTone('busy')
          break
        case 'compile-errors':
          setRunning(false)
          setMarkers(
            event.diagnostics.map((d) => ({
              line: d.line,
              column: d.column,
              endLine: d.endLine,
              endColumn: d.endColumn,
              message: d.message,
            })),
          )
          setStatus(() => compileSummary(event.diagnostics))
          setTone('error')
          break
        case 'started':
          setLive(false)
          setFromRun(true)
          setMarkers([])
          setSession(event.session)
          setStatus(() => t('status.running'))
          setTone('busy')
          refresh()
          break
        case 'progress':
          if (event.paced) setLive(true)
          if (event.paced) setStatus(() => t('status.live'))
          refresh()
          break
        case 'finished':
          setRunning(false)
          setStatus(() => runSummary(event.session))
          setTone(event.session.outcome && (event.session.outcome.exitCode !== 0 || event.session.outcome.reason === 4) ? 'error' : 'ok')
          refresh()
          break
        case 'failed':
          setRunning(false)
          setStatus(event.message)
          setTone('error')
          refresh()
          break
      }
    },
    [refresh, setStatus],
  )

  const run = useCallback(
    (source: string, settings: RunSettings, onSettled?: (session: TraceSession | undefined) => void) => {
      void runnerRef.current?.run(source, settings, (event) => {
        onEvent(event)
        if (event.type === 'finished' || event.type === 'failed') onSettled?.(event.session)
        else if (event.type === 'compile-errors') onSettled?.(undefined)
      })
    },
    [onEvent],
  )

  const stop = useCallback(() => runnerRef.current?.stop(), [])
  const prewarmPython = useCallback(() => runnerRef.current?.prewarmPython(), [])
  const parkPython = useCallback(() => runnerRef.current?.parkPython(), [])
  const precompile = useCallback((source: string) => runnerRef.current?.precompile(source), [])

  const show = useCallback(
    (next: TraceSession, text: StatusMessage) => {
      runnerRef.current?.kill()
      setRunning(false)
      setLive(false)
      setFromRun(false)
      setMarkers([])
      setSession(next)
      setStatus(text)
      setTone('ok')
      refresh()
    },
    [refresh, setStatus],
  )

  const announce = useCallback(
    (message: StatusMessage) => {
      setStatus(message)
      setTone('idle')
    },
    [setStatus],
  )

  const inspectScopes = useCallback(
    (target: TraceSession, targets: number[]) => runnerRef.current?.inspectScopes(target, targets) ?? Promise.resolve(undefined),
    [],
  )
  const canInspect = useCallback((target: TraceSession) => runnerRef.current?.canInspect(target) ?? false, [])

  return {
    session,
    version,
    running,
    live,
    fromRun,
    inspectScopes,
    canInspect,
    status: typeof status.message === 'function' ? status.message() : status.message,
    tone,
    markers,
    run,
    stop,
    show,
    announce,
    prewarmPython,
    parkPython,
    precompile,
  }
}
