import { JobKind, LoopPhase, TaskSource } from '../engine/trace/events.ts'
import type { LoopState } from './replay/state.ts'

/** The host profiles the views know how to word. A new profile adds an entry to {@link PROFILES}. */
export type ProfileName = 'node' | 'browser' | 'python'

/** A pill in the diagram's header: one phase (node) or one loop step (browser) and what it means. */
export interface PhasePill {
  id: string
  label: string
  /** One line, shown on hover and focus. */
  description: string
}

/** One step of the loop's cycle, as the narration names it ("Run a task → run all microtasks → render"). */
export interface LoopStep {
  id: LoopStepId
  label: string
}

/** Where in its cycle the loop is at a step. */
export type LoopStepId = 'task' | 'microtasks' | 'render' | 'wait'

/** Everything a view says differently from one host to another. */
export interface ProfileWording {
  /** Shown in pickers and sentences ("Node.js", "the browser"). */
  title: string
  columns: {
    stack: { long: string; short: string }
    microtasks: { long: string; short: string }
    tasks: { long: string; short: string }
  }
  /** Headings inside the tasks column, widest first. */
  ready: [string, string, string]
  waiting: [string, string, string]
  /** What an empty part of the tasks column says. */
  readyEmpty: string
  waitingEmpty: string
  pills: PhasePill[]
  loopSteps: LoopStep[]
  /** One sentence per loop step, appended to the narration's loop line. */
  stepHelp: Record<LoopStepId, string>
  /** What the program's first task is called on the stack. */
  scriptTask: string
  /** What the diagram's header counts: tasks ('' when the profile has none to count) and jobs. */
  counted: { task: string; job: string }
}

const COLUMNS = {
  stack: { long: 'Call stack', short: 'Stack' },
  microtasks: { long: 'Microtask queue', short: 'Microtasks' },
  tasks: { long: 'Tasks & host', short: 'Tasks' },
}

/** Per-profile wording, in one place, so the views never branch on the host. */
export const PROFILES: Record<ProfileName, ProfileWording> = {
  node: {
    title: 'Node.js',
    columns: COLUMNS,
    ready: ['ready to run (task queue)', 'ready (task queue)', 'ready'],
    waiting: ['waiting in the host (timers, I/O)', 'waiting in the host', 'waiting'],
    readyEmpty: 'nothing ready',
    waitingEmpty: 'nothing pending',
    pills: [
      { id: 'main', label: 'main', description: 'The main script runs to completion: the whole program is the first task.' },
      { id: 'timers', label: 'timers', description: 'Timers phase: callbacks of setTimeout and setInterval whose time has come.' },
      {
        id: 'poll',
        label: 'poll (I/O)',
        description: 'Poll phase: completed I/O runs its callbacks; the loop waits here when nothing is due.',
      },
      { id: 'check', label: 'check', description: 'Check phase: setImmediate callbacks, right after the poll phase.' },
    ],
    loopSteps: [
      { id: 'task', label: 'Run a callback' },
      { id: 'microtasks', label: 'Run all nextTicks and microtasks' },
      { id: 'wait', label: 'Next phase' },
    ],
    stepHelp: {
      task: 'A callback (a task) runs on the call stack until it returns.',
      microtasks: 'The stack is empty, so Node drains process.nextTick callbacks, then every promise job, before anything else.',
      render: '',
      wait: 'Nothing is left to run in this phase: the loop moves on, waiting for the next timer or I/O.',
    },
    scriptTask: 'main script',
    counted: { task: 'task', job: 'microtask' },
  },
  browser: {
    title: 'the browser',
    columns: COLUMNS,
    ready: ['ready to run (task queue)', 'ready (task queue)', 'ready'],
    waiting: ['waiting in the host (timers, I/O)', 'waiting in the host', 'waiting'],
    readyEmpty: 'nothing ready',
    waitingEmpty: 'nothing pending',
    pills: [
      { id: 'task', label: 'task', description: 'Run one task: the script, a timer, a message or an event handler, to completion.' },
      {
        id: 'microtasks',
        label: 'microtasks',
        description: 'Run every microtask (promise callbacks, resumed awaits) until the queue is empty.',
      },
      { id: 'render', label: 'render', description: 'Render: requestAnimationFrame callbacks run, then the page is painted.' },
    ],
    loopSteps: [
      { id: 'task', label: 'Run a task' },
      { id: 'microtasks', label: 'Run all microtasks' },
      { id: 'render', label: 'Render' },
    ],
    stepHelp: {
      task: 'One task runs on the call stack until it returns.',
      microtasks: 'The stack is empty, so every microtask runs, oldest first, until the queue is empty.',
      render: 'The browser renders: animation frame callbacks run before the paint.',
      wait: 'Nothing can run yet: the browser waits for the next task.',
    },
    scriptTask: 'main script',
    counted: { task: 'task', job: 'microtask' },
  },
  python: {
    title: 'Python asyncio',
    columns: {
      stack: { long: 'Call stack', short: 'Stack' },
      microtasks: { long: 'Ready queue', short: 'Ready' },
      tasks: { long: 'Tasks & timers', short: 'Waiting' },
    },
    ready: ['asyncio tasks not running', 'tasks not running', 'tasks'],
    waiting: ['timer heap (call_later), host work', 'timers, host work', 'timers'],
    readyEmpty: 'no other task',
    waitingEmpty: 'nothing scheduled',
    pills: [
      {
        id: 'main',
        label: 'module',
        description: 'The module runs top to bottom; asyncio.run() starts an event loop and waits inside it until main() is done.',
      },
      {
        id: 'ready',
        label: 'run ready',
        description:
          'One turn of the loop: every handle in the ready queue runs, oldest first. Handles added meanwhile wait for the next turn.',
      },
      {
        id: 'wait',
        label: 'wait',
        description: 'Nothing is ready: the loop sleeps until the next timer in the heap is due, then moves it to the ready queue.',
      },
    ],
    loopSteps: [
      { id: 'task', label: 'Run the ready handles, oldest first' },
      { id: 'wait', label: 'Wait for the next timer' },
    ],
    stepHelp: {
      task: 'The loop runs one handle at a time: a task step runs its coroutine until it awaits something not ready yet.',
      microtasks: '',
      render: '',
      wait: 'Nothing is ready: the loop waits for the soonest timer (Python has no microtask queue: everything waits in the ready queue).',
    },
    scriptTask: '<module>',
    counted: { task: '', job: 'handle' },
  },
}

const NODE_PHASE_PILL: Partial<Record<LoopPhase, string>> = {
  [LoopPhase.Main]: 'main',
  [LoopPhase.Timers]: 'timers',
  [LoopPhase.Pending]: 'poll',
  [LoopPhase.Poll]: 'poll',
  [LoopPhase.Check]: 'check',
  [LoopPhase.Close]: 'check',
}

/** The loop step a state is in. */
export function loopStepAt(state: LoopState, profile: ProfileName = 'node'): LoopStepId {
  if (profile === 'python') return state.job ? 'task' : 'wait'
  if (state.job && state.job.kind !== JobKind.Internal) return 'microtasks'
  if (state.task?.kind === TaskSource.Render || (!state.task && state.phase === LoopPhase.Render)) return 'render'
  if (state.task) return state.stack.length === 0 && (state.microtasks.size > 0 || state.ticks.size > 0) ? 'microtasks' : 'task'
  return 'wait'
}

/** The id of the pill to highlight at a state. */
export function activePill(profile: ProfileName, state: LoopState): string {
  if (profile === 'node') return NODE_PHASE_PILL[state.phase] ?? 'main'
  if (profile === 'python') return state.job ? 'ready' : state.phase === LoopPhase.Main ? 'main' : 'wait'
  const step = loopStepAt(state)
  return step === 'wait' ? 'task' : step
}

/** The narration's loop line: every step, the current one marked, and what it does. */
export function loopLine(profile: ProfileName, state: LoopState): { steps: (LoopStep & { current: boolean })[]; help: string } {
  const wording = PROFILES[profile]
  const current = loopStepAt(state, profile)
  return {
    steps: wording.loopSteps.map((step) => ({ ...step, current: step.id === current })),
    help: wording.stepHelp[current],
  }
}
