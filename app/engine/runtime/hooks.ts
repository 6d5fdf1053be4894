import { EventKind } from '../trace/events.ts'
import type { FunctionId, LocationId } from '../trace/ids.ts'
import type { Agent } from './agent.ts'
import type { CoroutineDriver } from './coroutines/driver.ts'
import { createAsyncIteration } from './coroutines/asyncIterators.ts'
import { createForAwaitHelpers } from './forAwait.ts'
import { markFunction, markMethods } from './functions.ts'
import type { ModuleLoader } from './node/modules.ts'
import type { PromiseRealm } from './promise/realm.ts'

/** A sync generator's frame: popped at each `yield`, pushed again on resumption. */
interface GeneratorFrame {
  fnId: FunctionId
  on: boolean
}

/**
 * The functions compiled code calls (their short names are the compiler's
 * `$ll_*` identifiers; see compile/instrument.ts for where each is emitted).
 */
export function createHooks(agent: Agent, driver: CoroutineDriver, realm: PromiseRealm, modules: ModuleLoader, importMeta: object) {
  const forAwait = createForAwaitHelpers(createAsyncIteration(realm))
  const push = (fnId: number, coroutine: number) => agent.recorder.emit(EventKind.FramePush, agent.loc, -1, fnId, coroutine)
  const pop = (fnId: number) => agent.recorder.emit(EventKind.FramePop, 0, -1, fnId)
  return {
    /** A statement. True asks the compiled code for its scope reader (only in a run that inspects scopes). */
    s(loc: LocationId): boolean {
      const inspector = agent.inspector
      if (inspector?.done) agent.halt('stopped')
      agent.step(loc)
      return inspector !== undefined
    },
    /** The statement's scope reader (see scopes.ts). */
    v(names: string, reader: (k: number) => unknown): void {
      agent.inspector?.statement(names, reader)
    },
    /** A loop is about to test its condition. */
    l(loc: LocationId): true {
      return agent.loop(loc)
    },
    /** Function entry: returns the frame token for `x`. */
    e(fnId: FunctionId): FunctionId {
      agent.enterCall()
      agent.inspector?.enter(fnId)
      push(fnId, 0)
      return fnId
    },
    /** Function exit (return or throw). */
    x(fnId: FunctionId): void {
      agent.exitCall()
      agent.inspector?.exit()
      pop(fnId)
    },
    eg(fnId: FunctionId): GeneratorFrame {
      agent.enterCall()
      agent.inspector?.enter(fnId)
      push(fnId, 0)
      return { fnId, on: true }
    },
    xg(frame: GeneratorFrame): void {
      if (!frame.on) return
      frame.on = false
      agent.exitCall()
      agent.inspector?.exit()
      pop(frame.fnId)
    },
    ys<T>(frame: GeneratorFrame, value: T): T {
      if (frame.on) {
        frame.on = false
        agent.exitCall()
        agent.inspector?.exit()
        pop(frame.fnId)
      }
      return value
    },
    yr<T>(frame: GeneratorFrame, value: T): T {
      if (!frame.on) {
        frame.on = true
        agent.enterCall()
        agent.inspector?.enter(frame.fnId)
        push(frame.fnId, 0)
      }
      return value
    },
    a: driver.startAsync,
    ag: driver.startAsyncGenerator,
    w: driver.awaitOperand,
    y: driver.yieldOperand,
    yy: driver.delegateOperand,
    fa: forAwait,
    mk: markFunction,
    mc: markMethods,
    /** `import … from 'node:x'` / `require('x')`: the module's exports (form 0) or namespace (form 1). */
    rq: modules.require,
    /** `import.meta`. */
    im: importMeta,
  }
}

export type Hooks = ReturnType<typeof createHooks>
