import type { RunOutcome } from '../../engine/runtime/run.ts'
import type { TraceBatch } from '../../engine/trace/batch.ts'
import type { Diagnostic } from '../../engine/compile/diagnostics.ts'
import type { ProgramInfo } from '../../engine/trace/program.ts'
import {
  parseFromSandbox,
  type FromSandbox,
  type PythonAssets,
  type RunPythonRequest,
  type RunRequest,
  type ScopeSnapshot,
} from '../protocol.ts'
import { sandboxDocument } from './frameDocument.ts'

/** What a run reports to the page, already validated. */
export interface RunHandlers {
  onBatch(batch: TraceBatch): void
  onProgress?(virtualTimeUs: number, paced: boolean): void
  onDone(outcome: RunOutcome): void
  /** A run that inspects scopes answered (before its `onDone`). */
  onScopes?(snapshots: ScopeSnapshot[]): void
  /** The sandbox failed, hung or crashed; `message` is for the learner. */
  onFailure(kind: 'unresponsive' | 'crashed' | 'internal', message: string): void
  /** Python: the program compiled; the trace that follows points into these tables. */
  onProgram?(program: ProgramInfo): void
  /** Python: the program did not compile; nothing runs. */
  onCompileErrors?(diagnostics: Diagnostic[]): void
}

/** How long a running sandbox may stay silent before the watchdog ends it. */
export const WATCHDOG_MS = 2500
/** How long a new sandbox may take to say it is ready. */
const START_TIMEOUT_MS = 15_000
/** How long loading Pyodide may take (a cold start on a slow machine takes seconds). */
const PYTHON_LOAD_TIMEOUT_MS = 60_000

/**
 * One sandbox: an iframe with `sandbox="allow-scripts"` (opaque origin, never
 * `allow-same-origin`), its classic blob worker, and the private port the page
 * talks to it over. It runs one program; removing the iframe kills it at once.
 */
export class SandboxFrame {
  private readonly iframe: HTMLIFrameElement
  private readonly port: MessagePort
  readonly ready: Promise<void>
  private handlers: RunHandlers | undefined
  private runId = -1
  private lastHeard = 0
  private watchdog: number | undefined
  private disposed = false
  private pythonLoad: { resolve(): void; reject(error: Error): void } | undefined

  constructor(
    container: HTMLElement,
    workerSource: string,
    private readonly clock: () => number = () => performance.now(),
  ) {
    const channel = new MessageChannel()
    this.port = channel.port1
    this.iframe = document.createElement('iframe')
    this.iframe.setAttribute('sandbox', 'allow-scripts')
    this.iframe.setAttribute('title', 'Looplab sandbox')
    this.iframe.setAttribute('aria-hidden', 'true')
    this.iframe.tabIndex = -1
    this.iframe.className = 'sandbox-frame'
    this.iframe.srcdoc = sandboxDocument()
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new Error('The sandbox did not start.')), START_TIMEOUT_MS)
      this.port.onmessage = (event) => {
        const message = parseFromSandbox(event.data)
        if (!message) return
        if (message.type === 'ready') {
          window.clearTimeout(timer)
          this.port.onmessage = (e) => this.receive(e.data)
          resolve()
        }
      }
    })
    this.iframe.addEventListener(
      'load',
      () => {
        this.iframe.contentWindow?.postMessage({ type: 'looplab-init', workerSource }, '*', [channel.port2])
      },
      { once: true },
    )
    container.appendChild(this.iframe)
  }

  /** Starts the run; the handlers hear of it until it ends or the frame is disposed. */
  run(request: RunRequest, handlers: RunHandlers): void {
    this.handlers = handlers
    this.runId = request.runId
    this.lastHeard = this.clock()
    this.port.postMessage(request)
    this.watchdog = window.setInterval(() => this.checkPulse(), 250)
  }

  /**
   * Loads Pyodide into this sandbox (its files are Blobs, passed by reference). The snapshot is
   * handed on when it arrives; the worker starts Pyodide's scripts and compiles its wasm meanwhile.
   */
  loadPython(assets: PythonAssets, snapshot: Promise<Blob | undefined>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = window.setTimeout(() => {
        this.pythonLoad = undefined
        reject(new Error('Python did not start in time.'))
      }, PYTHON_LOAD_TIMEOUT_MS)
      this.pythonLoad = {
        resolve: () => {
          window.clearTimeout(timer)
          resolve()
        },
        reject: (error) => {
          window.clearTimeout(timer)
          reject(error)
        },
      }
      this.port.postMessage({ type: 'load-python', assets })
      void snapshot.then((blob) => {
        if (!this.disposed) this.port.postMessage({ type: 'python-snapshot', snapshot: blob })
      })
    })
  }

  /** Starts a Python run (after `loadPython`). */
  runPython(request: RunPythonRequest, handlers: RunHandlers): void {
    this.handlers = handlers
    this.runId = request.runId
    this.lastHeard = this.clock()
    this.port.postMessage(request)
    this.watchdog = window.setInterval(() => this.checkPulse(), 250)
  }

  /** Asks the program to end, keeping its trace; the watchdog still guards. */
  stop(): void {
    this.port.postMessage({ type: 'stop', runId: this.runId })
  }

  /** Removes the iframe: its worker dies with it, whatever it is doing. */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.pythonLoad?.reject(new Error('The sandbox was removed.'))
    this.pythonLoad = undefined
    if (this.watchdog !== undefined) window.clearInterval(this.watchdog)
    this.port.onmessage = null
    this.port.close()
    this.iframe.remove()
    this.handlers = undefined
  }

  private fail(message: string): void {
    const handlers = this.handlers
    this.dispose()
    handlers?.onFailure('internal', message)
  }

  private checkPulse(): void {
    if (!this.handlers || this.disposed) return
    if (this.clock() - this.lastHeard > WATCHDOG_MS) {
      const handlers = this.handlers
      this.dispose()
      handlers.onFailure(
        'unresponsive',
        'The program stopped responding, so Looplab ended it. It may have used too much memory, or a built-in operation never returned.',
      )
    }
  }

  private receive(data: unknown): void {
    const message: FromSandbox | undefined = parseFromSandbox(data)
    if (!message) {
      // Something that claims to belong to this run but breaks the protocol (too large, malformed):
      // end the run and say so, rather than silently leaving a gap in its trace.
      const claimed = typeof data === 'object' && data !== null && (data as { runId?: unknown }).runId === this.runId
      if (claimed && this.handlers)
        this.fail('The program produced data Looplab could not accept (a single value or line too large to show), so the run was stopped.')
      return
    }
    if (message.type === 'python-ready' || message.type === 'python-failed') {
      const pending = this.pythonLoad
      this.pythonLoad = undefined
      if (message.type === 'python-ready') pending?.resolve()
      else pending?.reject(new Error(message.error.message))
      return
    }
    if (message.type === 'ready' || message.runId !== this.runId || !this.handlers) return
    this.lastHeard = this.clock()
    const handlers = this.handlers
    switch (message.type) {
      case 'batch':
        handlers.onBatch(message.batch)
        break
      case 'program':
        handlers.onProgram?.(message.program)
        break
      case 'compile-errors':
        this.handlers = undefined
        if (this.watchdog !== undefined) window.clearInterval(this.watchdog)
        handlers.onCompileErrors?.(message.diagnostics)
        break
      case 'progress':
        handlers.onProgress?.(message.virtualTime, message.paced)
        break
      case 'done':
        this.handlers = undefined
        if (this.watchdog !== undefined) window.clearInterval(this.watchdog)
        handlers.onDone(message.outcome)
        break
      case 'scopes':
        handlers.onScopes?.(message.snapshots)
        break
      case 'failed':
        this.handlers = undefined
        handlers.onFailure('internal', `Looplab's runtime failed: ${message.error.message}`)
        break
    }
  }
}
