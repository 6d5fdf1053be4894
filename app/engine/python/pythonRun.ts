/**
 * Runs a learner's Python program on Pyodide, on Looplab's virtual-time
 * asyncio loop (the Python package under ./runtime/looplab), and turns what
 * it records into the same trace every other part of Looplab reads.
 *
 * The Pyodide instance is injected (Node loads it from the npm package, the
 * sandbox worker from bytes the page handed in), and so are the runtime's
 * Python sources, so this module runs unchanged in both.
 *
 * The Python side records raw events (seven integers each) and calls back
 * every batch; this side encodes them with the engine's TraceRecorder and
 * hands encoded batches to `io.onBatch`, as the TypeScript engine does.
 */
import type { Diagnostic } from '../compile/diagnostics.ts'
import { budgetExplanation, DEFAULT_BUDGETS, type Budgets } from '../runtime/budgets.ts'
import type { RunIo, RunOutcome } from '../runtime/run.ts'
import type { ScopeSnapshot } from '../runtime/scopes.ts'
import type { WorldConfig } from '../runtime/world/world.ts'
import { BudgetKind, EventKind, type RunEndReason } from '../trace/events.ts'
import type { ProgramInfo } from '../trace/program.ts'
import { TraceRecorder } from '../trace/recorder.ts'

/** The part of Pyodide's API this module uses (a PyodideAPI satisfies it). */
export interface PyodideLike {
  FS: {
    mkdirTree(path: string): void
    writeFile(path: string, data: string): void
  }
  runPython(code: string): unknown
  pyimport(name: string): PyProxyLike
  toPy(value: unknown): unknown
}

/** A Python object seen from JavaScript (Pyodide's PyProxy), as far as this module uses it. */
export interface PyProxyLike {
  [key: string]: unknown
  destroy(): void
  toJs(options?: { dict_converter?: (entries: Iterable<[string, unknown]>) => unknown }): unknown
}

interface PyBufferLike<T> {
  data: T
  release(): void
}

interface TakenItem extends PyProxyLike {
  getBuffer(type: 'i32'): PyBufferLike<Int32Array>
}

/** What `Recorder.take` returns (see _trace.py): events, step locations, new strings, whether the events are int64. */
interface TakenProxy extends PyProxyLike {
  get(index: 0 | 1 | 2): TakenItem
  get(index: 3): boolean
}

interface RecorderProxy {
  take(): TakenProxy
  taken(): void
}

/** int64 values, read from their int32 halves (little-endian; every value is below 2⁵³ in magnitude). */
function widen(words: Int32Array): Float64Array {
  const values = new Float64Array(words.length / 2)
  for (let i = 0; i < values.length; i++) values[i] = (words[2 * i]! >>> 0) + words[2 * i + 1]! * 4294967296
  return values
}

/** A run of consecutive steps in the step buffer (see _trace.py); never an event of the trace. */
const STEPS_RECORD = 63
/** Virtual µs a line costs (app/engine/python/runtime/looplab/_clock.py LINE_COST_US). */
const LINE_COST_US = 1

/**
 * The options every Looplab interpreter is started with, in the sandbox and in Node alike (a memory
 * snapshot made by one is loaded by the other, so they must agree): an empty object for Pyodide's
 * `js` globals, output discarded (the runtime records it), the same HOME.
 */
export function pyodideStartOptions(): { jsglobals: object; stdout: () => void; stderr: () => void; env: { HOME: string } } {
  return {
    jsglobals: Object.create(null) as object,
    stdout: () => undefined,
    stderr: () => undefined,
    env: { HOME: '/home/pyodide' },
  }
}

/** The runtime's Python sources, by file name within the `looplab` package. */
export type PythonRuntimeFiles = Readonly<Record<string, string>>

/** Where the runtime package is written in Pyodide's in-memory file system. */
export const PYTHON_RUNTIME_ROOT = '/looplab_runtime'

export interface PythonRunOptions {
  budgets?: Partial<Budgets>
  seed?: number
  batchSize?: number
  /** The file name tracebacks and reprs show (as `python3 FILE` shows its path). */
  fileName?: string
  /** The lesson's simulated world (routes, latencies), the same object the TypeScript engine takes; `looplab.world` reads it. */
  world?: WorldConfig
  /**
   * Set to look at variables: the run retraces the program (same source and options give the same
   * trace), snapshots the frames and bindings right after each of these events (ascending), and stops
   * after the last one (see runtime/looplab/_scopes.py).
   */
  inspectScopes?: readonly number[]
}

/** How a Python run ended; with the snapshots when it was started to look at variables. */
export type PythonRunOutcome = RunOutcome & { scopes?: ScopeSnapshot[] }

export type PythonPrepared =
  | { ok: false; diagnostics: Diagnostic[] }
  | {
      ok: true
      program: ProgramInfo
      /** Runs the program to the end (synchronously: virtual time never waits). */
      run(options: PythonRunOptions, io: RunIo): PythonRunOutcome
    }

/**
 * Python that puts the runtime package on `sys.path` and imports it, unless the interpreter already
 * holds these very sources (it was started from a memory snapshot made with them): a digest of the
 * files is kept on `sys`, and any difference drops the old modules and imports the new ones.
 */
const IMPORT_RUNTIME = `
def _looplab_import_runtime(root):
    import hashlib, os, sys
    package = os.path.join(root, 'looplab')
    digest = hashlib.sha256()
    for name in sorted(os.listdir(package)):
        if name.endswith('.py'):
            digest.update(name.encode())
            with open(os.path.join(package, name), 'rb') as file:
                digest.update(file.read())
    digest = digest.hexdigest()
    if getattr(sys, '_looplab_runtime_digest', None) != digest:
        for name in [name for name in sys.modules if name == 'looplab' or name.startswith('looplab.')]:
            del sys.modules[name]
        if root not in sys.path:
            sys.path.insert(0, root)
        import importlib
        importlib.invalidate_caches()
        importlib.import_module('looplab._run')
        sys._looplab_runtime_digest = digest
    return digest
`

/**
 * Writes the runtime package into the interpreter's in-memory file system and imports it (once per
 * interpreter; cheap on one started from a snapshot of the same sources). Returns the sources' digest.
 */
export function installPythonRuntime(pyodide: PyodideLike, files: PythonRuntimeFiles): string {
  const dir = `${PYTHON_RUNTIME_ROOT}/looplab`
  pyodide.FS.mkdirTree(dir)
  for (const [name, text] of Object.entries(files)) pyodide.FS.writeFile(`${dir}/${name}`, text)
  const digest = String(
    pyodide.runPython(
      `${IMPORT_RUNTIME}\ntry:\n    _looplab_digest = _looplab_import_runtime(${JSON.stringify(PYTHON_RUNTIME_ROOT)})\nfinally:\n    del _looplab_import_runtime\n_looplab_digest`,
    ),
  )
  pyodide.runPython('del _looplab_digest')
  return digest
}

const BUDGET_NAMES = {
  steps: BudgetKind.Steps,
  events: BudgetKind.Events,
  virtualTime: BudgetKind.VirtualTime,
  wallTime: BudgetKind.WallTime,
  callDepth: BudgetKind.CallDepth,
  outputChars: BudgetKind.OutputBytes,
} as const

const DEADLOCK_EXPLANATION =
  'Every task is waiting and nothing can wake any of them: no timer is scheduled and no I/O is in flight. ' +
  'CPython would wait here forever, so Looplab stopped the program. Look for a future nobody sets, an Event nobody sets, ' +
  'a Queue.get() with no producer left, or a Lock that is never released.'

/**
 * The world configuration as JSON for the Python side. Its values must be data:
 * a route body that is a function belongs in the program (`world.route(path, body=…)`).
 */
export function worldConfigJson(config: WorldConfig | undefined): string {
  return JSON.stringify(config ?? {}, (key, value: unknown) => {
    if (typeof value === 'function')
      throw new TypeError(
        `The world configuration's "${key}" is a function, which a Python run cannot take: declare that route in the program with world.route(path, body=…).`,
      )
    return value
  })
}

function explanations(budgets: Budgets): Record<string, string> {
  const words: Record<string, string> = { deadlock: DEADLOCK_EXPLANATION }
  for (const [name, kind] of Object.entries(BUDGET_NAMES)) {
    words[name] = budgetExplanation(kind, budgets).replace('statements', 'lines of Python')
  }
  return words
}

/** Compiles `source` in the interpreter: a SyntaxError comes back as a diagnostic with its line and column. */
export function preparePython(pyodide: PyodideLike, source: string, fileName = 'main.py'): PythonPrepared {
  const runModule = pyodide.pyimport('looplab._run')
  const SessionClass = runModule.Session as (source: string, fileName: string) => PyProxyLike
  const session = SessionClass(source, fileName)
  runModule.destroy()
  const diagnosticsProxy = session.diagnostics as PyProxyLike
  const diagnostics = diagnosticsProxy.toJs({ dict_converter: Object.fromEntries }) as Diagnostic[]
  diagnosticsProxy.destroy()
  if (diagnostics.length > 0) {
    session.destroy()
    return { ok: false, diagnostics }
  }
  const infoProxy = (session.program_info as () => PyProxyLike)()
  const program = infoProxy.toJs({ dict_converter: Object.fromEntries }) as ProgramInfo
  infoProxy.destroy()
  return {
    ok: true,
    program,
    run(options, io) {
      try {
        return runSession(pyodide, session, options, io)
      } finally {
        session.destroy()
      }
    },
  }
}

function runSession(pyodide: PyodideLike, session: PyProxyLike, options: PythonRunOptions, io: RunIo): PythonRunOutcome {
  const budgets: Budgets = { ...DEFAULT_BUDGETS, ...options.budgets }
  const batchSize = options.batchSize ?? 5000
  const clock = { now: 0 }
  const recorder = new TraceRecorder(clock)
  const flush = () => {
    const batch = recorder.takeBatch()
    if (batch) io.onBatch(batch)
  }
  /** Where the next step's time is counted from (see _trace.py: steps carry no time of their own). */
  let base = 0
  const drain = (python: RecorderProxy) => {
    const taken = python.take()
    const eventsProxy = taken.get(0)
    const stepsProxy = taken.get(1)
    const stringsProxy = taken.get(2)
    const strings = stringsProxy.toJs() as string[]
    stringsProxy.destroy()
    for (const text of strings) recorder.intern(text)
    // The events are int32s, or int64s read as int32 pairs when a batch holds a larger number (see _trace.py).
    const wide = taken.get(3)
    const buffer = eventsProxy.getBuffer('i32')
    const stepBuffer = stepsProxy.getBuffer('i32')
    try {
      const values = wide ? widen(buffer.data) : buffer.data
      const steps = stepBuffer.data
      const length = values.length
      for (let i = 0; i + 6 < length; i += 7) {
        const kind = values[i]!
        if (kind === STEPS_RECORD) {
          const first = values[i + 4]!
          const end = first + values[i + 5]!
          for (let k = first; k < end; k++) {
            base += LINE_COST_US
            clock.now = base
            recorder.step(steps[k]!)
            if (recorder.pendingEvents >= batchSize) flush()
          }
          continue
        }
        const time = values[i + 1]!
        clock.now = time
        const a = values[i + 4]!
        recorder.emit(kind as EventKind, values[i + 2]!, values[i + 3]!, a, values[i + 5], values[i + 6])
        base = kind === EventKind.Idle || kind === EventKind.Block ? time + a : time
        if (recorder.pendingEvents >= batchSize) flush()
      }
    } finally {
      buffer.release()
      stepBuffer.release()
      eventsProxy.destroy()
      stepsProxy.destroy()
      taken.destroy()
      python.taken()
    }
  }
  const pythonOptions = pyodide.toPy({
    budgets: { ...budgets, maxWallMs: budgets.maxWallMs },
    seed: options.seed ?? 1,
    batchSize,
    explanations: explanations(budgets),
    world: worldConfigJson(options.world),
    ...(options.inspectScopes ? { inspectScopes: [...options.inspectScopes] } : {}),
  }) as PyProxyLike
  const run = session.run as (options: unknown, onFull: (recorder: RecorderProxy) => void) => PyProxyLike
  const outcomeProxy = run(pythonOptions, drain)
  pythonOptions.destroy()
  const outcome = outcomeProxy.toJs({ dict_converter: Object.fromEntries }) as {
    exitCode: number
    reason: number
    budget?: number
    explanation?: string
    scopes?: ScopeSnapshot[]
  }
  outcomeProxy.destroy()
  flush()
  return {
    exitCode: outcome.exitCode,
    reason: outcome.reason as RunEndReason,
    ...(outcome.budget !== undefined ? { budget: outcome.budget as BudgetKind } : {}),
    ...(outcome.explanation !== undefined ? { explanation: outcome.explanation } : {}),
    ...(outcome.scopes !== undefined ? { scopes: outcome.scopes } : {}),
  }
}
