import type { Diagnostic } from '../../engine/compile/diagnostics.ts'
import type { Budgets } from '../../engine/runtime/budgets.ts'
import type { WorldConfig } from '../../engine/runtime/world/world.ts'
import { TraceSession } from '../../model/session.ts'
import type { ProgramInfo } from '../../engine/trace/program.ts'
import type { RunOutcome } from '../../engine/runtime/run.ts'
import type { TraceBatch } from '../../engine/trace/batch.ts'
import { sharedCompiler } from './compilerClient.ts'
import { pythonAssets } from './pythonAssets.ts'
import type { RunPythonRequest, RunRequest, ScopeSnapshot } from '../protocol.ts'
import { SandboxFrame, type RunHandlers } from './sandboxFrame.ts'

/** Limits for runs in the app: generous for lessons, small enough to keep the page fast. */
export const APP_BUDGETS: Partial<Budgets> = {
  maxSteps: 20_000_000,
  maxEvents: 2_000_000,
  maxMicrotasksPerCheckpoint: 100_000,
  maxVirtualMs: 60 * 60 * 1000,
  maxWallMs: 30 * 60 * 1000,
}

/**
 * Limits for Python runs in the app. A Python run does not return to the
 * sandbox's event loop until it ends, so it gets fewer lines and less real time
 * (each monitored line costs more than a TypeScript statement).
 */
export const PYTHON_APP_BUDGETS: Partial<Budgets> = {
  // An endless loop meets the line budget (and its "a loop that never ends?" sentence) before the events budget.
  maxSteps: 1_000_000,
  maxEvents: 2_000_000,
  maxVirtualMs: 60 * 60 * 1000,
  maxWallMs: 10_000,
}

/** The file name Python tracebacks show for the learner's program. */
export const PYTHON_FILE_NAME = 'main.py'

/** Virtual time a run fast-forwards through before it is paced to real time (so endless programs can be watched). */
export const FAST_FORWARD_MS = 10_000

export interface RunSettings {
  /** TypeScript runs on the engine's node or browser profile; `python` runs Python on asyncio. */
  host: 'node' | 'browser' | 'python'
  world?: WorldConfig
  budgets?: Partial<Budgets>
}

/** What the runner tells the app as a run goes. */
export type RunnerEvent =
  | { type: 'compiling' }
  /** Python: the sandbox is still loading Pyodide (the first run takes seconds). */
  | { type: 'loading-python' }
  | { type: 'compile-errors'; diagnostics: Diagnostic[] }
  | { type: 'started'; session: TraceSession }
  | { type: 'progress'; session: TraceSession; paced: boolean }
  | { type: 'finished'; session: TraceSession }
  | { type: 'failed'; message: string; session?: TraceSession }

/**
 * Calls `then` once the page has painted what the current task changed (the run's first frame):
 * making the next spare sandbox costs the main thread tens of milliseconds, and starting Python in
 * it keeps a core busy for a second or more.
 */
function afterNextPaint(then: () => void): void {
  let called = false
  const call = () => {
    if (called) return
    called = true
    then()
  }
  requestAnimationFrame(() => setTimeout(call, 0))
  // A hidden page paints nothing (and runs no animation frames): go on anyway.
  setTimeout(call, 100)
}

/**
 * Python sandboxes kept started. Starting Python takes a second or two; with two, a run clicked a
 * second after the last one still finds one ready. They start one after another, never during a run.
 */
const PYTHON_SPARES = 2

/** A sandbox starting Python, or started, waiting for a run. */
interface PythonSpare {
  frame: Promise<SandboxFrame>
  ready: boolean
}

/**
 * Runs programs: compile in the compiler worker, then run in a fresh sandbox
 * (a warm spare is kept ready). Each run has an id; anything from a
 * superseded run is dropped. `stop` ends the current run at once.
 */
export class Runner {
  private runCounter = 0
  private current: SandboxFrame | undefined
  /** Ends the current session when its sandbox is removed before it reported. */
  private abandon: ((message: string) => void) | undefined
  private spare: Promise<SandboxFrame> | undefined
  private pythonSpares: PythonSpare[] = []
  /** False once the learner left Python: no more Python sandboxes are started until Python is wanted again. */
  private pythonWanted = false
  private workerSource: Promise<string> | undefined
  /** What each session ran, so its variables can be looked at later by running it again. */
  private readonly runs = new WeakMap<TraceSession, Omit<RunRequest, 'runId' | 'type'>>()
  /** The same for Python runs. */
  private readonly pythonRuns = new WeakMap<TraceSession, Omit<RunPythonRequest, 'runId' | 'type'>>()
  private cancelInspection: (() => void) | undefined
  private inspectionCounter = 0
  /** The sandbox that looks at a Python session's variables: kept for that session (Pyodide loads once). */
  private pythonInspector: { session: TraceSession; frame: Promise<SandboxFrame>; cancel?: () => void } | undefined
  /** Python inspections run one after another (a Python run cannot hear a cancellation). */
  private pythonInspecting: Promise<void> = Promise.resolve()

  constructor(private readonly container: HTMLElement) {}

  /** Starts the compiler and a spare sandbox while the learner reads. */
  prewarm(): void {
    sharedCompiler()
    void this.takeSpare().then(
      (frame) => {
        this.spare = Promise.resolve(frame)
      },
      () => undefined,
    )
  }

  private source(): Promise<string> {
    this.workerSource ??= import('virtual:looplab-sandbox-worker').then((module) => module.default)
    return this.workerSource
  }

  private async takeSpare(): Promise<SandboxFrame> {
    const spare = this.spare
    this.spare = undefined
    if (spare) {
      try {
        return await spare
      } catch {
        /* a broken spare: make a fresh one */
      }
    }
    const frame = new SandboxFrame(this.container, await this.source())
    await frame.ready
    return frame
  }

  /** Compiles a TypeScript program ahead of its run: a Run of the same source takes the result. */
  precompile(source: string): void {
    sharedCompiler().precompile(source)
  }

  /** Starts loading Python in a spare sandbox (the learner picked Python, or a lesson shows Python). */
  prewarmPython(): void {
    this.pythonWanted = true
    if (this.pythonSpares.length === 0) this.startPythonSpare()
  }

  /** The learner left Python: one started sandbox is kept for a return, the others end (each holds a Pyodide). */
  parkPython(): void {
    this.pythonWanted = false
    for (const spare of this.pythonSpares.splice(1))
      void spare.frame.then(
        (frame) => frame.dispose(),
        () => undefined,
      )
  }

  private startPythonSpare(): PythonSpare {
    // Pyodide's files are fetched while the sandbox starts, not after.
    const { assets, snapshot } = pythonAssets()
    assets.catch(() => undefined)
    const spare: PythonSpare = {
      ready: false,
      frame: this.source().then(async (source) => {
        const frame = new SandboxFrame(this.container, source)
        try {
          await frame.ready
          await frame.loadPython(await assets, snapshot)
        } catch (error) {
          frame.dispose()
          throw error
        }
        spare.ready = true
        if (this.pythonSpares.includes(spare)) this.topUpPythonSpares()
        return frame
      }),
    }
    spare.frame.catch(() => (this.pythonSpares = this.pythonSpares.filter((kept) => kept !== spare)))
    this.pythonSpares.push(spare)
    return spare
  }

  /** Starts spares up to PYTHON_SPARES, unless a run is going on. */
  private topUpPythonSpares(): void {
    while (this.pythonWanted && !this.current && this.pythonSpares.length < PYTHON_SPARES) this.startPythonSpare()
  }

  /** A ready spare if there is one, else the one that will be ready first. */
  private takePythonSpare(): Promise<SandboxFrame> {
    if (this.pythonSpares.length === 0) this.startPythonSpare()
    const index = Math.max(
      0,
      this.pythonSpares.findIndex((spare) => spare.ready),
    )
    return this.pythonSpares.splice(index, 1)[0]!.frame
  }

  private prepareSpare(): void {
    if (this.spare) return
    this.spare = this.source().then(async (source) => {
      const frame = new SandboxFrame(this.container, source)
      await frame.ready
      return frame
    })
    this.spare.catch(() => (this.spare = undefined))
  }

  get running(): boolean {
    return this.current !== undefined
  }

  async run(source: string, settings: RunSettings, listener: (event: RunnerEvent) => void): Promise<void> {
    this.dropPythonInspector()
    if (settings.host === 'python') return this.runPython(source, settings, listener)
    const host = settings.host
    const runId = ++this.runCounter
    this.kill()
    listener({ type: 'compiling' })
    const compiled = await sharedCompiler().compile(source)
    if (runId !== this.runCounter) return
    if (compiled.error) {
      listener({ type: 'failed', message: `Looplab's compiler failed: ${compiled.error.message}` })
      return
    }
    if (!compiled.result.ok || !compiled.input) {
      listener({ type: 'compile-errors', diagnostics: compiled.result.ok ? [] : compiled.result.diagnostics })
      return
    }
    let frame: SandboxFrame
    try {
      frame = await this.takeSpare()
    } catch (error) {
      if (runId === this.runCounter) listener({ type: 'failed', message: `The sandbox could not start: ${(error as Error).message}` })
      return
    }
    if (runId !== this.runCounter) {
      frame.dispose()
      return
    }
    this.current = frame
    const session = new TraceSession(compiled.result.program, host)
    listener({ type: 'started', session })
    const request = {
      input: compiled.input,
      options: {
        host: host,
        budgets: { ...APP_BUDGETS, ...settings.budgets },
        // The app's status line already says where the program crashed: its console keeps the short form.
        crashReport: 'short' as const,
        ...(settings.world ? { world: settings.world } : {}),
      },
      fastForwardMs: FAST_FORWARD_MS,
    }
    this.runs.set(session, request)
    frame.run(
      { type: 'run', runId, ...request },
      this.handlersFor(
        runId,
        frame,
        () => session,
        listener,
        () => this.prepareSpare(),
      ),
    )
  }

  /** Python: the program compiles in the sandbox (Pyodide lives there), then runs there to its end. */
  private async runPython(source: string, settings: RunSettings, listener: (event: RunnerEvent) => void): Promise<void> {
    const runId = ++this.runCounter
    this.kill()
    listener({ type: this.pythonSpares.some((spare) => spare.ready) ? 'compiling' : 'loading-python' })
    let frame: SandboxFrame
    try {
      frame = await this.takePythonSpare()
    } catch (error) {
      if (runId === this.runCounter) listener({ type: 'failed', message: `Python could not start: ${(error as Error).message}` })
      return
    }
    if (runId !== this.runCounter) {
      frame.dispose()
      return
    }
    this.current = frame
    let session: TraceSession | undefined
    const request = {
      source,
      fileName: PYTHON_FILE_NAME,
      options: { budgets: { ...PYTHON_APP_BUDGETS, ...settings.budgets }, ...(settings.world ? { world: settings.world } : {}) },
    }
    const handlers = this.handlersFor(
      runId,
      frame,
      () => session,
      listener,
      () => {
        // Unless the learner left Python meanwhile (then nothing more is started).
        if (this.pythonSpares.length === 0 && this.pythonWanted) this.startPythonSpare()
        this.topUpPythonSpares()
      },
      () => {
        // The sandbox that ran the program looks at its variables first (Pyodide is loaded there already).
        if (!session || runId !== this.runCounter) return false
        this.dropPythonInspector()
        this.pythonInspector = { session, frame: Promise.resolve(frame) }
        return true
      },
    )
    frame.runPython(
      { type: 'run-python', runId, ...request },
      {
        ...handlers,
        onProgram: (program: ProgramInfo) => {
          if (runId !== this.runCounter) return
          session = new TraceSession(program, 'python')
          this.pythonRuns.set(session, request)
          listener({ type: 'started', session })
        },
        onCompileErrors: (diagnostics) => {
          handlers.onDone({ exitCode: 1, reason: 2 })
          if (runId === this.runCounter) listener({ type: 'compile-errors', diagnostics })
        },
      },
    )
  }

  /** What a sandbox's messages do to the run's session, for either language. */
  private handlersFor(
    runId: number,
    frame: SandboxFrame,
    session: () => TraceSession | undefined,
    listener: (event: RunnerEvent) => void,
    nextSpare: () => void,
    /** Whether the sandbox of a run that ended well is kept (it was handed on), rather than removed. */
    keep?: () => boolean,
  ): RunHandlers {
    const current = () => (runId === this.runCounter ? session() : undefined)
    const finish = (ended = false) => {
      if (this.current === frame) {
        this.current = undefined
        this.abandon = undefined
      }
      if (!ended || !keep?.()) frame.dispose()
      afterNextPaint(nextSpare)
    }
    this.abandon = (message) => {
      this.abandon = undefined
      nextSpare()
      const live = current()
      if (!live?.live) return
      live.fail(message)
      listener({ type: 'failed', message, session: live })
    }
    return {
      onBatch: (batch: TraceBatch) => {
        const live = current()
        if (!live) return
        try {
          live.append(batch)
        } catch (error) {
          finish()
          live.fail(`The run's trace arrived damaged (${(error as Error).message}), so the run was stopped.`)
          listener({ type: 'failed', message: live.failure!, session: live })
          return
        }
        listener({ type: 'progress', session: live, paced: false })
      },
      onProgress: (_time, paced) => {
        const live = current()
        if (live) listener({ type: 'progress', session: live, paced })
      },
      onDone: (outcome: RunOutcome) => {
        finish(true)
        const live = current()
        if (!live) return
        live.finish(outcome)
        listener({ type: 'finished', session: live })
      },
      onFailure: (_kind, message) => {
        finish()
        if (runId !== this.runCounter) return
        const live = session()
        live?.fail(message)
        listener({ type: 'failed', message, ...(live ? { session: live } : {}) })
      },
    }
  }

  /** Whether a session's variables can be looked at (it came from a run of this runner). */
  canInspect(session: TraceSession): boolean {
    return this.runs.has(session) || this.pythonRuns.has(session)
  }

  /**
   * The frames and bindings right after each event of `targets` (ascending), found by running the
   * session's program again in a fresh sandbox (the engine is deterministic) up to the last of them.
   * The latest request wins: an earlier one still going is ended and resolves to undefined.
   */
  async inspectScopes(session: TraceSession, targets: number[]): Promise<ScopeSnapshot[] | undefined> {
    const pythonRequest = this.pythonRuns.get(session)
    if (pythonRequest) {
      const id = ++this.inspectionCounter
      this.cancelInspection?.()
      this.cancelInspection = undefined
      return this.inspectPython(session, pythonRequest, targets, id)
    }
    const request = this.runs.get(session)
    if (!request) return undefined
    const id = ++this.inspectionCounter
    this.cancelInspection?.()
    this.cancelInspection = undefined
    const frame = await this.takeSpare()
    this.prepareSpare()
    if (id !== this.inspectionCounter) {
      frame.dispose()
      return undefined
    }
    return new Promise((resolve) => {
      let answer: ScopeSnapshot[] | undefined
      const done = () => {
        if (this.cancelInspection === cancel) this.cancelInspection = undefined
        frame.dispose()
        resolve(id === this.inspectionCounter ? answer : undefined)
      }
      const cancel = () => {
        frame.dispose()
        resolve(undefined)
      }
      this.cancelInspection = cancel
      frame.run(
        { type: 'run', runId: id, ...request, inspectScopes: targets },
        {
          onBatch: () => undefined,
          onScopes: (snapshots) => (answer = snapshots),
          onDone: done,
          onFailure: done,
        },
      )
    })
  }

  /**
   * Python: the session's program runs again in a sandbox kept for looking at its variables (the
   * one that ran it, or else the spare Python sandbox; it is reused, as the worker resets Python's
   * module state per run). Requests wait for the one before; a superseded one resolves to undefined.
   */
  private async inspectPython(
    session: TraceSession,
    request: Omit<RunPythonRequest, 'runId' | 'type'>,
    targets: number[],
    id: number,
  ): Promise<ScopeSnapshot[] | undefined> {
    const previous = this.pythonInspecting
    let release = () => undefined as void
    this.pythonInspecting = new Promise<void>((resolve) => (release = resolve))
    try {
      await previous
      if (id !== this.inspectionCounter) return undefined
      let holder = this.pythonInspector
      if (!holder || holder.session !== session) {
        this.dropPythonInspector()
        holder = this.pythonInspector = { session, frame: this.takePythonSpare() }
        // The next Python run should not wait for Pyodide to load because its spare went here.
        holder.frame.then(
          () => this.prewarmPython(),
          () => undefined,
        )
      }
      const inspector = holder
      let frame: SandboxFrame
      try {
        frame = await inspector.frame
      } catch {
        if (this.pythonInspector === inspector) this.pythonInspector = undefined
        return undefined
      }
      if (id !== this.inspectionCounter || this.pythonInspector !== inspector) return undefined
      return await new Promise<ScopeSnapshot[] | undefined>((resolve) => {
        let answer: ScopeSnapshot[] | undefined
        const broken = () => {
          if (this.pythonInspector === inspector) this.pythonInspector = undefined
          frame.dispose()
          resolve(undefined)
        }
        // Its sandbox removed (a new run started) before it answered.
        inspector.cancel = () => resolve(undefined)
        frame.runPython(
          { type: 'run-python', runId: id, ...request, inspectScopes: targets },
          {
            onBatch: () => undefined,
            onScopes: (snapshots) => (answer = snapshots),
            onDone: () => {
              inspector.cancel = undefined
              resolve(id === this.inspectionCounter ? answer : undefined)
            },
            onFailure: broken,
            onCompileErrors: broken,
          },
        )
      })
    } finally {
      release()
    }
  }

  private dropPythonInspector(): void {
    const inspector = this.pythonInspector
    this.pythonInspector = undefined
    inspector?.cancel?.()
    inspector?.frame.then(
      (frame) => frame.dispose(),
      () => undefined,
    )
  }

  /** Ends the current run now: the sandbox is asked to stop, and removed if it does not answer. */
  stop(): void {
    const frame = this.current
    if (!frame) return
    frame.stop()
    window.setTimeout(() => {
      if (this.current === frame) this.kill('Stopped: the program did not answer, so Looplab removed its sandbox.')
    }, 300)
  }

  /** Removes the current sandbox at once (its worker dies with it). */
  kill(message = 'Stopped.'): void {
    const abandon = this.abandon
    this.current?.dispose()
    this.current = undefined
    abandon?.(message)
  }
}
