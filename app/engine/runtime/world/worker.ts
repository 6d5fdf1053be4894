import { EventKind, IoKind } from '../../trace/events.ts'
import type { HeldConsoleLine } from '../../trace/recorder.ts'
import type { Agent } from '../agent.ts'
import { MathMax, ReflectApply, TypeErrorCtor } from '../primordials.ts'
import type { WorldContext } from './context.ts'
import { optionalString, optionsObject, requiredFunction } from './validate.ts'

/** How one job went on a worker's own timeline. */
interface OffThreadOutcome {
  ok: boolean
  value: unknown
  /** Virtual time the job took on the worker (µs). */
  costUs: number
  /** Console lines the job printed, to be shown when its result reaches the main thread. */
  held: HeldConsoleLine[]
}

/**
 * Runs `fn(input)` now (the engine is single-threaded) as if on another
 * thread starting at `startUs`: the clock reads the worker's time while it
 * runs, the time it costs is measured, then the main thread's clock is put
 * back. The trace is muted meanwhile (its times would go back and forth);
 * budgets still count every step, so an endless loop in a worker still stops.
 */
export function runOffThread(
  ctx: WorldContext,
  worker: string,
  startUs: number,
  fn: (input: unknown) => unknown,
  input: unknown,
): OffThreadOutcome {
  const agent = ctx.agent
  const clock = agent.clock
  const mainNow = clock.now
  const loc = agent.loc
  const depth = agent.callDepth
  const outcome: OffThreadOutcome = { ok: false, value: undefined, costUs: 0, held: [] }
  const outer = ctx.offThread
  clock.now = startUs
  ctx.offThread = worker
  agent.recorder.mute()
  try {
    outcome.value = ReflectApply(fn, undefined, [input])
    outcome.ok = true
  } catch (error) {
    agent.rethrowIfStopping(error)
    agent.callDepth = depth
    outcome.value = error
  } finally {
    ctx.offThread = outer
    outcome.costUs = clock.now - startUs
    clock.now = mainNow
    agent.loc = loc
    outcome.held = agent.recorder.unmute()
    // A budget stopped the job: show what it printed before the run ends.
    if (agent.stop !== undefined) replay(agent, outcome.held)
  }
  return outcome
}

/** Records console lines a worker job printed (at the current, main-thread time). */
export function replay(agent: Agent, lines: readonly HeldConsoleLine[]): void {
  for (let i = 0; i < lines.length; i++) agent.emit(EventKind.Console, -1, lines[i]!.level, lines[i]!.text)
}

/**
 * `world.createWorker(fn)`: synchronous CPU work running in parallel with
 * the main thread. `run(input)` executes `fn(structuredClone(input))` on the
 * worker's own timeline: it starts when the worker is free (jobs of one
 * worker queue up; different workers run side by side), and its cloned
 * result reaches the main thread as an I/O task when the job's CPU time has
 * passed. A throw rejects the promise `run` returned.
 */
export function createWorkerFactory(ctx: WorldContext) {
  const { agent, io, realm } = ctx
  let workers = 0

  return function createWorker(fn: unknown, options?: unknown) {
    const where = 'world.createWorker'
    const work = requiredFunction(where, 'the worker function', fn)
    const given = optionalString(where, 'name', optionsObject(where, options).name)
    const fnName = (work as { name?: unknown }).name
    workers++
    const name = given ?? (typeof fnName === 'string' && fnName !== '' ? fnName : `#${workers}`)
    let busyUntilUs = 0
    let jobs = 0

    function run(input: unknown): object {
      ctx.mainThreadOnly(`worker.run`)
      const capability = ctx.newPromise()
      let data: unknown
      try {
        data = ctx.clone(input)
      } catch (error) {
        agent.rethrowIfStopping(error)
        realm.reject(capability, error)
        return capability.promise
      }
      const job = ++jobs
      const startUs = MathMax(agent.clock.now, busyUntilUs)
      const outcome = runOffThread(ctx, name, startUs, work, data)
      busyUntilUs = startUs + outcome.costUs
      let ok = outcome.ok
      let result = outcome.value
      if (ok) {
        try {
          if (realm.slotsOf(result))
            throw new TypeErrorCtor(`${where}: the worker ${name} returned a promise. A worker runs synchronous CPU work: return a value.`)
          result = ctx.clone(result)
        } catch (error) {
          agent.rethrowIfStopping(error)
          ok = false
          result = error
        }
      }
      const op = io.start(busyUntilUs - agent.clock.now, IoKind.WorkerMessage, `worker ${name} #${job}`, () => {
        replay(agent, outcome.held)
        if (ok) realm.resolve(capability, result)
        else realm.reject(capability, result)
      })
      op.failed = !ok
      return capability.promise
    }

    return {
      name,
      run,
      /** Virtual time (ms) at which the worker will have finished the jobs it was given. */
      busyUntil: (): number => MathMax(busyUntilUs, agent.clock.now) / 1000,
    }
  }
}
