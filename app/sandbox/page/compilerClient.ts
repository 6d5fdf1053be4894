import type { CompileResponse } from '../protocol.ts'

/**
 * The page's handle on the compiler worker: requests carry ids, answers are
 * matched to them, and only the latest request per caller matters. The last
 * source compiled is remembered with its answer, so a Run after a pause in
 * typing (or a second Run of the same program) does not compile again.
 */
export class CompilerClient {
  private readonly worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, (response: CompileResponse) => void>()
  /** Resolves once the worker has loaded TypeScript. */
  readonly warm: Promise<void>

  constructor(createWorker: () => Worker) {
    this.worker = createWorker()
    let markWarm: () => void = () => {}
    this.warm = new Promise((resolve) => (markWarm = resolve))
    this.worker.addEventListener('message', (event: MessageEvent<CompileResponse>) => {
      if (event.data.id === -1) {
        markWarm()
        return
      }
      const resolve = this.pending.get(event.data.id)
      this.pending.delete(event.data.id)
      resolve?.(event.data)
    })
  }

  private last: { source: string; response: Promise<CompileResponse> } | undefined

  compile(source: string): Promise<CompileResponse> {
    if (this.last?.source === source) return this.last.response
    const id = this.nextId++
    const response = new Promise<CompileResponse>((resolve) => {
      this.pending.set(id, resolve)
      this.worker.postMessage({ id, source })
    })
    this.last = { source, response }
    // A compiler failure is not remembered: the next request tries again.
    void response.then((answer) => {
      if (answer.error && this.last?.response === response) this.last = undefined
    })
    return response
  }

  /** Compiles `source` now, for a `compile` of the same source later. */
  precompile(source: string): void {
    void this.compile(source)
  }
}

let shared: CompilerClient | undefined

/** The app's compiler, started on first use (call early, while the learner reads). */
export function sharedCompiler(): CompilerClient {
  shared ??= new CompilerClient(() => new Worker(new URL('../compiler/compilerWorker.ts', import.meta.url), { type: 'module' }))
  return shared
}
