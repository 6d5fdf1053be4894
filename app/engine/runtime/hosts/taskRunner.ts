import { EventKind, type TaskSource } from '../../trace/events.ts'
import type { EventSeq, TaskId } from '../../trace/ids.ts'
import type { Agent } from '../agent.ts'
import { JOB_COST_US } from '../costModel.ts'
import { ReflectApply } from '../primordials.ts'

/**
 * Runs one host callback as a task: start/end events around it, the call
 * depth restored if it throws, and the exception handed to `onError`. The
 * task then runs `checkpoint` (its microtask checkpoint, or Node's tick
 * processing) before it ends, so a task's duration includes the microtasks
 * it caused, as long-task accounting does. Returns false when the callback threw.
 */
export function runTask(
  agent: Agent,
  source: TaskSource,
  subject: number,
  cause: EventSeq | number,
  callback: (...args: unknown[]) => unknown,
  thisArg: unknown,
  args: readonly unknown[],
  onError: (error: unknown) => void,
  checkpoint?: () => void,
): boolean {
  const taskId = agent.newId('task') as TaskId
  agent.clock.now += JOB_COST_US
  agent.recorder.emit(EventKind.TaskStart, 0, cause, taskId, source, subject)
  const depth = agent.callDepth
  let ok = true
  try {
    ReflectApply(callback, thisArg, args)
  } catch (error) {
    agent.rethrowIfStopping(error)
    agent.callDepth = depth
    ok = false
    onError(error)
  }
  checkpoint?.()
  endTask(agent, taskId)
  return ok
}

export function endTask(agent: Agent, taskId: TaskId): void {
  agent.recorder.emit(EventKind.TaskEnd, 0, -1, taskId)
}

/** Drains the promise-job queue (a V8 microtask checkpoint). */
export function drainMicrotasks(agent: Agent): void {
  const queue = agent.microtasks
  let count = 0
  const limit = agent.budgets.maxMicrotasksPerCheckpoint
  for (let job = queue.shift(); job; job = queue.shift()) {
    if (++count > limit) agent.halt(4)
    agent.runJob(job)
  }
}
