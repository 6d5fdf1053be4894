import type { TraceBatch } from '../trace/batch.ts'
import { BudgetKind, ConsoleLevelCode, EventKind, HostProfileCode, RunEndReason } from '../trace/events.ts'
import { Agent } from './agent.ts'
import { budgetExplanation, DEFAULT_BUDGETS, type Budgets } from './budgets.ts'
import { createConsole } from './console/console.ts'
import type { InspectHost } from './console/context.ts'
import { inspect } from './console/inspect.ts'
import { createCoroutineDriver } from './coroutines/driver.ts'
import { createPerformance, createRandom, createVirtualDate } from './globals/clock.ts'
import { createNodePerformance } from './node/performance.ts'
import type { DOMExceptionClass } from './world/domException.ts'
import { installArrayFromAsync } from './globals/arrayFromAsync.ts'
import { installCollectionIteratorTracking } from './globals/collectionIterators.ts'
import { createProxyRegistry } from './globals/proxies.ts'
import { installStackTraces, type FunctionSpan } from './globals/stackTraces.ts'
import type { LineMappings } from '../compile/sourceMap.ts'
import { structuredCloneValue } from './globals/structuredClone.ts'
import { createHooks } from './hooks.ts'
import { ScopeInspector, type ScopeSnapshot } from './scopes.ts'
import { createBrowserHost } from './hosts/browser/browserHost.ts'
import type { ConsoleLevel, Host, HostServices } from './hosts/host.ts'
import { IoQueue } from './hosts/ioQueue.ts'
import { shapeHostGlobals } from './hosts/shapes.ts'
import { createNodeHost } from './hosts/node/nodeHost.ts'
import { constructorShim, installFunctionIntrinsics, loweredFunctionKind, presentedSource, type ProgramSources } from './functions.ts'
import { createModuleLoader, type ModuleFactory, type ModuleLoader } from './node/modules.ts'
import { createNodeModules } from './node/nodeModules.ts'
import { createNodeWorld } from './node/nodeWorld.ts'
import { createPath, NODE_HOME } from './node/path.ts'
import { kUnhandledErrorEvent } from './node/events.ts'
import type { CrashContext } from './hosts/node/crashReport.ts'
import { MODELED_NODE_VERSION } from './hosts/node/process.ts'
import { NativeFunction, ObjectCreate, ObjectDefineProperty, ReflectGet, StringCtor, TypeErrorCtor, isObject } from './primordials.ts'
import { installCombinators } from './promise/combinators.ts'
import { createPromiseRealm, type PromiseRealm } from './promise/realm.ts'
import { createEventClasses } from './world/events.ts'
import { installWorld, type WorldConfig } from './world/world.ts'

/** What a run needs besides the compiled program. */
export interface RunOptions {
  host: 'node' | 'browser'
  budgets?: Partial<Budgets>
  /** Seed of `Math.random` (same seed, same numbers). */
  seed?: number
  /** The simulated world: routes for `fetch`, servers, latencies. */
  world?: WorldConfig
  /** A batch is handed over after this many events (and at the end). */
  batchSize?: number
  /**
   * Look at variables: snapshot the frames and their bindings right after each of these
   * events (ascending), then end the run. The program is deterministic, so this run
   * retraces the original one up to there.
   */
  inspectScopes?: readonly number[]
  /**
   * Where the program's file is, as Node would see it (process.argv[1],
   * import.meta.url, __filename, crash reports); default /home/learner/main.ts.
   */
  entryPath?: string
  /** The Node version `process.version` and crash reports name (default: the modeled v20.20.2). */
  nodeVersion?: string
  /**
   * How the node host reports a crash on stderr: `'node'` prints what Node
   * prints (source line, caret, the error, `Node.js v…`), the default;
   * `'short'` prints `Uncaught <error>` (the app's console, whose status line
   * already says where the program crashed).
   */
  crashReport?: 'node' | 'short'
}

/** What the engine reports back, besides the trace. */
export interface RunOutcome {
  exitCode: number
  reason: RunEndReason
  budget?: BudgetKind
  /** A learner-readable sentence for budget stops and load failures. */
  explanation?: string
}

export interface RunIo {
  /** Receives the trace as it is produced. */
  onBatch: (batch: TraceBatch) => void
  /** Real time in ms (for the wall-clock budget only). */
  wallNow(): number
  /** Receives each console write as it is recorded (the CLI streams it; the trace has it too). `level` is a ConsoleLevelCode. */
  onConsole?: (level: number, text: string) => void
}

export interface CompiledInput {
  code: string
  hasTopLevelAwait: boolean
  /** How Node would run it: an ES module (default) or a CommonJS script. */
  moduleKind?: 'module' | 'commonjs'
  /** Original source of each function, by function id. */
  functionTexts?: readonly string[]
  /** Source map of the compiled program, for stack traces in the learner's lines. */
  mappings?: LineMappings
  codeLineOffset?: number
  /** The program's functions with their spans (names for stack frames). */
  functionSpans?: readonly FunctionSpan[]
  /** The program's source (crash reports quote its lines). */
  source?: string
  /** Line and column of each location id, flattened: `[line1, column1, line2, column2, …]` (index 0 is no location). */
  positions?: readonly number[]
}

/** A run in progress, advanced in slices (so a sandbox can pace it, stream it, stop it). */
export interface ProgramRun {
  /**
   * Turns the event loop while its next thing to do is due at or before
   * `untilUs` of virtual time, for at most `wallMs` of real time. Returns the
   * outcome once the program is over, else when the next event is due.
   */
  advance: (untilUs: number, wallMs: number) => { done: true; outcome: RunOutcome } | { done: false; nextTime: number }
  /** Ends the run now, as the learner pressing Stop does. */
  stop: () => RunOutcome
  /** Tasks run so far (a sandbox decides from their rate whether a long run is worth watching live). */
  tasksRun(): number
  /** The snapshots taken for {@link RunOptions.inspectScopes} so far. */
  scopes(): ScopeSnapshot[]
}

/**
 * Runs a compiled program in the current realm to the end, synchronously:
 * virtual time never waits for real time.
 */
export function runProgram(input: CompiledInput, options: RunOptions, io: RunIo, realmGlobal: Record<string, unknown>): RunOutcome {
  const run = startProgram(input, options, io, realmGlobal)
  for (;;) {
    const step = run.advance(Infinity, Infinity)
    if (step.done) return step.outcome
  }
}

/**
 * Starts a compiled program in the current realm, whose global object is
 * `realmGlobal`: installs the modeled runtime's globals there and runs the
 * module's first task. The event loop then turns as `advance` is called;
 * the trace streams through `io`.
 */
export function startProgram(input: CompiledInput, options: RunOptions, io: RunIo, realmGlobal: Record<string, unknown>): ProgramRun {
  const budgets: Budgets = { ...DEFAULT_BUDGETS, ...options.budgets }
  const agent = new Agent(budgets, () => io.wallNow())
  if (io.onConsole) agent.consoleSink = io.onConsole
  const batchSize = options.batchSize ?? 5000
  agent.recorder.onFull(batchSize, () => {
    const batch = agent.recorder.takeBatch()
    if (batch) io.onBatch(batch)
  })
  const seed = options.seed ?? 1
  agent.emit(EventKind.RunStart, -1, HostProfileCode[options.host], seed, 0, 0)

  const realmCell: { realm?: PromiseRealm } = {}
  const driver = createCoroutineDriver(agent, () => realmCell.realm!)
  const realm = createPromiseRealm(agent, driver.resume)
  realmCell.realm = realm
  installCombinators(agent, realm)
  const proxies = createProxyRegistry()
  const sources: ProgramSources = {
    functionTexts: input.functionTexts ?? [],
    code: input.code,
    isRuntimeProxy: (fn) => fn === realm.Promise || fn === proxies.Proxy,
  }

  let outputChars = 0
  const write = (level: ConsoleLevel, text: string) => {
    outputChars += text.length
    if (outputChars > budgets.maxOutputChars) agent.halt(BudgetKind.OutputBytes)
    agent.emit(EventKind.Console, -1, ConsoleLevelCode[level], agent.recorder.intern(text))
  }
  const inspectHost: InspectHost = {
    promiseState(value) {
      const slots = realm.slotsOf(value)
      if (!slots) return undefined
      if (slots.state === 0) return { state: 'pending' }
      return { state: slots.state === 1 ? 'fulfilled' : 'rejected', value: slots.result }
    },
    proxyTarget: proxies.targetOf,
    proxyHandler: proxies.handlerOf,
    functionKind: (fn) => loweredFunctionKind(fn),
    functionSource: (fn) => presentedSource(fn as (...args: unknown[]) => unknown, sources),
    previewEntries: installCollectionIteratorTracking(realmGlobal),
  }
  const describe = (value: unknown) => inspect(value, {}, inspectHost)
  const entry = entryPaths(options.entryPath)
  const positions = input.positions ?? []
  const crashReport: CrashContext | undefined =
    options.crashReport === 'short' || input.source === undefined
      ? undefined
      : {
          source: input.source,
          fileUrl: `file://${entry.path}`,
          nodeVersion: options.nodeVersion ?? MODELED_NODE_VERSION,
          position: (loc) =>
            loc > 0 && loc * 2 < positions.length ? { line: positions[loc * 2]!, column: positions[loc * 2 + 1]! } : undefined,
          emitSite: (error) => {
            if (!isObject(error)) return undefined
            const frames = ReflectGet(error, kUnhandledErrorEvent)
            return typeof frames === 'string' ? frames : undefined
          },
        }
  const services: HostServices = {
    agent,
    realm,
    io: new IoQueue(agent),
    events: createEventClasses(agent, options.host),
    write,
    describe,
    entry: { path: entry.path, nodeVersion: options.nodeVersion ?? MODELED_NODE_VERSION },
    ...(crashReport ? { crashReport } : {}),
  }
  if (options.inspectScopes && options.inspectScopes.length > 0) {
    const spans = input.functionSpans ?? []
    agent.inspector = new ScopeInspector(
      options.inspectScopes,
      (seq, callback) => agent.recorder.watch(seq, callback),
      () => agent.recorder.seq,
      (value) => inspect(value, { breakLength: Infinity, depth: 2 }, inspectHost),
      { name: (fnId) => spans[fnId - 1]?.name ?? '(anonymous)', line: (fnId) => spans[fnId - 1]?.line ?? 0 },
    )
  }
  const host: Host = options.host === 'node' ? createNodeHost(services) : createBrowserHost(services)

  const consoleObject = createConsole({
    sink: { write: (level, text) => write(level, `${text}\n`) },
    now: () => agent.clock.now / 1000,
    host: inspectHost,
    profile: options.host === 'browser' ? 'browser' : 'node',
  })

  const globals: Record<string, unknown> = {
    Promise: realm.Promise,
    console: consoleObject,
    Date: createVirtualDate(agent),
    performance: createPerformance(agent),
    structuredClone: (value: unknown) => structuredCloneValue(value),
    Proxy: proxies.Proxy,
  }
  host.installGlobals(globals)
  const worldConfig = options.world ?? {}
  const nodeWorld =
    options.host === 'node'
      ? createNodeWorld(
          agent,
          services.io,
          realm,
          createPath(() => NODE_HOME),
          {
            ...(worldConfig.files ? { files: worldConfig.files } : {}),
            ...(worldConfig.disk ? { disk: worldConfig.disk } : {}),
            ...(worldConfig.stdin ? { stdin: worldConfig.stdin } : {}),
          },
        )
      : undefined
  const world = installWorld(
    globals,
    services,
    host,
    worldConfig,
    nodeWorld ? { methods: nodeWorld.methods, localServers: nodeWorld.localServers } : {},
  )
  if (host.node) {
    // Node's performance is an EventTarget whose observers hear from the check phase.
    const nodePerformance = createNodePerformance({
      agent,
      EventTarget: services.events.EventTarget,
      DOMException: globals.DOMException as DOMExceptionClass,
      clone: (value) => structuredCloneValue(value),
      setImmediate: host.node.setImmediate,
      loop: host.node.loop,
    })
    globals.performance = nodePerformance.performance
    for (const name in nodePerformance.classes) globals[name] = nodePerformance.classes[name]
  }
  let factories: Record<string, ModuleFactory> = {}
  // A worker thread runs the program's module body again (set once the program is loaded, below).
  let instantiate: (require: ModuleLoader['require']) => () => Generator = () => {
    throw new TypeErrorCtor('The program is not loaded yet.')
  }
  if (host.node) {
    const nodeModules = createNodeModules({
      services,
      node: host.node,
      driver,
      inspectHost,
      world,
      globals,
      nodeWorld: nodeWorld!,
      source: input.source ?? '',
      entryPath: entry.path,
      instantiate: (require) => instantiate(require),
      require: (specifier, loc, form) => modules.require(specifier, loc, form),
    })
    nodeModules.installGlobals(globals)
    factories = nodeModules.factories
  }
  const modules = createModuleLoader(options.host, factories)
  installGlobals(realmGlobal, globals, options.host, seed, sources)
  shapeHostGlobals(realmGlobal, options.host)
  installArrayFromAsync(realmGlobal.Array as object, driver, realm)
  installStackTraces(
    realmGlobal.Error as object,
    input.mappings ?? [],
    input.codeLineOffset ?? 0,
    input.functionSpans ?? [],
    options.entryPath !== undefined ? `file://${entry.path}` : 'main.ts',
  )

  let finished: RunOutcome | undefined
  const finish = (outcome: RunOutcome): RunOutcome => {
    if (outcome.reason === RunEndReason.Budget && outcome.budget !== undefined) {
      agent.stop = undefined
      agent.emit(EventKind.BudgetStop, -1, outcome.budget, agent.recorder.intern(outcome.explanation ?? ''))
    }
    agent.stop = undefined
    agent.emit(EventKind.RunEnd, -1, outcome.exitCode, outcome.reason)
    agent.inspector?.finish()
    flush()
    finished = outcome
    return outcome
  }

  /** Runs `work`; a stop signal (budget, exit, crash) ends the run with the matching outcome. */
  const guarded = (work: () => RunOutcome | undefined): RunOutcome | undefined => {
    try {
      return work()
    } catch (error) {
      if (!agent.isStopSignal(error)) throw error
      return stopOutcome()
    }
  }

  let body: unknown
  try {
    const factory = new NativeFunction('$ll', input.code) as (ll: unknown) => unknown
    const hooks = createHooks(agent, driver, realm, modules, entry.importMeta)
    const main = (moduleBody: unknown) => moduleBody
    body = factory({ hooks, main, commonjs: entry.commonjs })
    instantiate = (require) =>
      factory({ hooks: { ...hooks, rq: require }, main, commonjs: entryPaths(options.entryPath).commonjs }) as () => Generator
  } catch (error) {
    const message = error instanceof SyntaxError ? `SyntaxError: ${error.message}` : StringCtor(error)
    agent.emit(EventKind.UncaughtError, -1, agent.recorder.intern(message), 1)
    finish({ exitCode: 1, reason: RunEndReason.UncaughtError, explanation: message })
  }

  if (!finished) {
    const early = guarded(() => {
      host.runMain(
        () => driver.startModule(body as (...args: unknown[]) => Generator).capability,
        input.hasTopLevelAwait,
        input.moduleKind ?? 'module',
      )
      return undefined
    })
    if (early) finish(early)
  }

  return {
    advance(untilUs, wallMs) {
      if (finished) return { done: true, outcome: finished }
      const deadline = io.wallNow() + wallMs
      const ended = guarded(() => {
        for (;;) {
          const next = host.nextEventTime()
          if (next > untilUs || io.wallNow() > deadline) return undefined
          if (!host.turn()) return { ...host.finish(), reason: RunEndReason.Finished }
          if (agent.recorder.pendingEvents >= batchSize) flush()
        }
      })
      if (ended) return { done: true, outcome: finish(ended) }
      flush()
      return { done: false, nextTime: host.nextEventTime() }
    },
    stop() {
      if (finished) return finished
      return finish({ exitCode: 130, reason: RunEndReason.Stopped, explanation: 'Stopped by the learner.' })
    },
    tasksRun: () => agent.tasksStarted,
    scopes: () => agent.inspector?.snapshots ?? [],
  }

  function stopOutcome(): RunOutcome {
    const kind = agent.stop!.kind
    if (kind === 'exit') {
      const code = host.finishAfterExit()
      return { exitCode: code.exitCode, reason: code.crashed ? code.crashReason : RunEndReason.Exited }
    }
    if (kind === 'stopped') return { exitCode: 130, reason: RunEndReason.Stopped }
    return { exitCode: 124, reason: RunEndReason.Budget, budget: kind, explanation: budgetExplanation(kind, budgets) }
  }

  function flush(): void {
    const batch = agent.recorder.takeBatch()
    if (batch) io.onBatch(batch)
  }
}

/** The program's file as Node names it: `import.meta` and CommonJS's module-scope variables. */
function entryPaths(entryPath = '/home/learner/main.ts') {
  const slash = entryPath.lastIndexOf('/')
  const dirname = slash > 0 ? entryPath.slice(0, slash) : '/'
  const importMeta = ObjectCreate(null) as Record<string, unknown>
  importMeta.dirname = dirname
  importMeta.filename = entryPath
  importMeta.url = `file://${entryPath}`
  const exports = {}
  const module = { id: '.', path: dirname, exports, filename: entryPath, loaded: false, children: [], paths: [] }
  return { path: entryPath, importMeta, commonjs: { module, exports, __filename: entryPath, __dirname: dirname } }
}

/** Puts the runtime's globals on the realm's global object, and takes away what would escape the model. */
function installGlobals(
  target: Record<string, unknown>,
  globals: Record<string, unknown>,
  host: 'node' | 'browser',
  seed: number,
  sources: ProgramSources,
): void {
  for (const name in globals) {
    ObjectDefineProperty(target, name, { value: globals[name], writable: true, enumerable: false, configurable: true })
  }
  ObjectDefineProperty(target, host === 'node' ? 'global' : 'window', {
    value: target,
    writable: true,
    enumerable: false,
    configurable: true,
  })
  if (host === 'browser') ObjectDefineProperty(target, 'self', { value: target, writable: true, enumerable: false, configurable: true })
  const math = target.Math as { random: () => number }
  ObjectDefineProperty(math, 'random', { value: createRandom(seed), writable: true, enumerable: false, configurable: true })
  const refuse = (what: string): never => {
    throw new (target.Error as ErrorConstructor)(`${what} is not available in Looplab: programs cannot build code from strings.`)
  }
  // eval is no constructor, with length 1, as V8's.
  const evalShim = {
    eval(this: void, _code: unknown): never {
      return refuse('eval')
    },
  }.eval
  ObjectDefineProperty(target, 'eval', { value: evalShim, writable: true, enumerable: false, configurable: true })
  const functionShim = constructorShim('Function', () => refuse('new Function'))
  ObjectDefineProperty(functionShim, 'prototype', {
    value: NativeFunction.prototype,
    writable: false,
    enumerable: false,
    configurable: false,
  })
  ObjectDefineProperty(target, 'Function', { value: functionShim, writable: true, enumerable: false, configurable: true })
  ObjectDefineProperty(NativeFunction.prototype, 'constructor', {
    value: functionShim,
    writable: true,
    enumerable: false,
    configurable: true,
  })
  installFunctionIntrinsics(sources, functionShim, { refuse })
}
