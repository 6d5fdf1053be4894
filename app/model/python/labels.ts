import type { TraceColumns } from '../../engine/trace/columns.ts'
import { JobKind, LabelTarget } from '../../engine/trace/events.ts'
import type { Labels } from '../labels.ts'
import { t } from '../../i18n/index.ts'
import type { TraceFacts } from '../facts.ts'

/**
 * Names in asyncio's words for a Python trace: tasks by the name asyncio gave
 * them ("Task-2") and the coroutine they run, ready-queue handles by what they
 * will do, timers by their callback.
 */
export class PythonLabels {
  constructor(
    private readonly trace: TraceColumns,
    private readonly labels: Labels,
    private readonly facts: TraceFacts,
  ) {}

  private name(target: number, id: number): string | undefined {
    this.facts.catchUp()
    const sid = this.facts.names.get(`${target}:${id}`)
    return sid !== undefined ? this.trace.strings[sid] : undefined
  }

  /** "Task-2", as `task.get_name()` says. */
  taskName(task: number): string {
    return this.name(LabelTarget.Coroutine, task) ?? t('python.taskN', { task })
  }

  /** "Task-2 (brew)": the task and the coroutine function it runs. */
  task(task: number): string {
    const fnId = this.facts.coroutineFn.get(task)
    const name = this.taskName(task)
    if (fnId === undefined || fnId < 0) return name
    return `${name} (${this.labels.frame(fnId)})`
  }

  /** What a handle in the ready queue will do when the loop runs it. */
  job(kind: number, subject: number): string {
    switch (kind) {
      case JobKind.PyTaskStep:
        return t('python.jobStep', { task: this.task(subject) })
      case JobKind.PyTaskWakeup:
        return t('python.jobWakeup', { task: this.task(subject) })
      case JobKind.PyCallback:
        return this.trace.strings[subject] ?? t('python.aCallback')
      default:
        return t('python.aCallback')
    }
  }

  /** A timer by its callback: "asyncio.sleep's timer: wake the sleeping task", "say('hi')". */
  timer(id: number): string {
    return this.name(LabelTarget.Timer, id) ?? t('python.aCallLater')
  }

  io(id: number): string | undefined {
    return this.name(LabelTarget.Io, id)
  }
}
