import type { RunEndReason } from '../../trace/events.ts'
import type { Agent } from '../agent.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { Capability } from '../promise/slots.ts'
import type { EventClasses } from '../world/events.ts'
import type { IoQueue } from './ioQueue.ts'
import type { CrashContext } from './node/crashReport.ts'
import type { NodeHostInternals } from './node/internals.ts'

/** Console levels (stdout: log, info, debug; stderr: warn, error). */
export type ConsoleLevel = 'log' | 'info' | 'debug' | 'warn' | 'error'

/** How a run ended, as the host saw it. */
export interface HostOutcome {
  exitCode: number
  /** Why the run ended, when the learner should be told (e.g. a server waiting for clients that never come). */
  explanation?: string
}

/**
 * A host profile: the event loop around the ECMAScript agent. It installs its
 * globals, runs the module as the first task, then turns the loop until there
 * is nothing left to do (or a budget, an exit or a crash ends the run).
 */
export interface Host {
  readonly name: 'node' | 'browser'
  /** Adds the host's globals (timers, process or window…) to `globals`. */
  installGlobals(globals: Record<string, unknown>): void
  /** Runs the module body as the first task. `start` returns its capability. A CommonJS program (node) runs as a script. */
  runMain(start: () => Capability, hasTopLevelAwait: boolean, moduleKind?: 'module' | 'commonjs'): void
  /** Runs one event-loop iteration; false when the loop has nothing left to do. */
  turn: () => boolean
  /** Virtual time (µs) of the next thing `turn` would do; at or before now when it can act at once. */
  nextEventTime: () => number
  /** Called once the loop ran out of work: exit handlers, final code. */
  finish: () => HostOutcome
  /** Called when the run ended by `process.exit` or a fatal error: the code and why. */
  finishAfterExit: () => { exitCode: number; crashed: boolean; crashReason: RunEndReason }
  readonly agent: Agent
  /** The node profile's internals, for Node's modules. */
  readonly node?: NodeHostInternals
}

/** What a host profile needs from the rest of the runtime. */
export interface HostServices {
  readonly agent: Agent
  readonly realm: PromiseRealm
  readonly io: IoQueue
  /** The run's one `Event`/`EventTarget` implementation, shared by the host and the simulated world. */
  readonly events: EventClasses
  /** Program output: `stdout` levels are log/info/debug, `stderr` levels warn/error. */
  write: (level: ConsoleLevel, text: string) => void
  /** An error (or any thrown value) the way `console.error` would show it. */
  describe(value: unknown): string
  /** The program's file as Node names it (process.argv[1]) and the Node version modeled. */
  readonly entry: { readonly path: string; readonly nodeVersion: string }
  /** Set when crashes print what Node prints (source line, caret, error, `Node.js v…`); else `Uncaught …`. */
  readonly crashReport?: CrashContext
}
