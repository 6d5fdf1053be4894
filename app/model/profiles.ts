import { JobKind, LoopPhase, TaskSource } from '../engine/trace/events.ts'
import type { LoopState } from './replay/state.ts'
import { t } from '../i18n/index.ts'

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

const columns = () => ({
  stack: { long: t('profiles.common.callStack'), short: t('profiles.common.stack') },
  microtasks: { long: t('profiles.common.microtaskQueue'), short: t('profiles.common.microtasks') },
  tasks: { long: t('profiles.common.tasksHost'), short: t('profiles.common.tasks') },
})

/** Per-profile wording, in one place, so the views never branch on the host. */
function wordings(): Record<ProfileName, ProfileWording> {
  return {
    node: {
      title: t('profiles.node.nodeJs'),
      columns: columns(),
      ready: [t('profiles.node.readyToRunTask'), t('profiles.node.readyTaskQueue'), t('profiles.common.ready')],
      waiting: [t('profiles.node.waitingInTheHost'), t('profiles.node.waitingInTheHost2'), t('profiles.node.waiting')],
      readyEmpty: t('profiles.node.nothingReady'),
      waitingEmpty: t('profiles.node.nothingPending'),
      pills: [
        { id: 'main', label: 'main', description: t('profiles.node.theMainScriptRuns') },
        { id: 'timers', label: 'timers', description: t('profiles.node.timersPhaseCallbacksOf') },
        {
          id: 'poll',
          label: 'poll (I/O)',
          description: t('profiles.node.pollPhaseCompletedI'),
        },
        { id: 'check', label: 'check', description: t('profiles.node.checkPhaseSetimmediateCallbacks') },
      ],
      loopSteps: [
        { id: 'task', label: t('profiles.node.runACallback') },
        { id: 'microtasks', label: t('profiles.node.runAllNextticksAnd') },
        { id: 'wait', label: t('profiles.node.nextPhase') },
      ],
      stepHelp: {
        task: t('profiles.node.aCallbackATask'),
        microtasks: t('profiles.node.theStackIsEmpty'),
        render: '',
        wait: t('profiles.node.nothingIsLeftTo'),
      },
      scriptTask: t('profiles.node.mainScript'),
      counted: { task: t('profiles.common.task'), job: t('profiles.node.microtask') },
    },
    browser: {
      title: t('profiles.browser.theBrowser'),
      columns: columns(),
      ready: [t('profiles.browser.readyToRunTask'), t('profiles.browser.readyTaskQueue'), t('profiles.common.ready')],
      waiting: [t('profiles.browser.waitingInTheHost'), t('profiles.browser.waitingInTheHost2'), t('profiles.browser.waiting')],
      readyEmpty: t('profiles.browser.nothingReady'),
      waitingEmpty: t('profiles.browser.nothingPending'),
      pills: [
        { id: 'task', label: t('profiles.browser.taskPill'), description: t('profiles.browser.runOneTaskThe') },
        {
          id: 'microtasks',
          label: t('profiles.browser.microtasks'),
          description: t('profiles.browser.runEveryMicrotaskPromise'),
        },
        {
          id: 'render',
          label: t('profiles.browser.renderPill'),
          description: t('profiles.browser.renderRequestanimationframeCallbacksRun'),
        },
      ],
      loopSteps: [
        { id: 'task', label: t('profiles.browser.runATask') },
        { id: 'microtasks', label: t('profiles.browser.runAllMicrotasks') },
        { id: 'render', label: t('profiles.browser.render') },
      ],
      stepHelp: {
        task: t('profiles.browser.oneTaskRunsOn'),
        microtasks: t('profiles.browser.theStackIsEmpty'),
        render: t('profiles.browser.theBrowserRendersAnimation'),
        wait: t('profiles.browser.nothingCanRunYet'),
      },
      scriptTask: t('profiles.browser.mainScript'),
      counted: { task: t('profiles.common.task'), job: t('profiles.browser.microtask') },
    },
    python: {
      title: t('profiles.python.pythonAsyncio'),
      columns: {
        stack: { long: t('profiles.python.callStack'), short: t('profiles.python.stack') },
        microtasks: { long: t('profiles.python.readyQueue'), short: t('profiles.python.ready') },
        tasks: { long: t('profiles.python.tasksTimers'), short: t('profiles.python.waiting') },
      },
      ready: [t('profiles.python.asyncioTasksNotRunning'), t('profiles.python.tasksNotRunning'), t('profiles.python.tasks')],
      waiting: [t('profiles.python.timerHeapCallLater'), t('profiles.python.timersHostWork'), 'timers'],
      readyEmpty: t('profiles.python.noOtherTask'),
      waitingEmpty: t('profiles.python.nothingScheduled'),
      pills: [
        {
          id: 'main',
          label: t('profiles.python.module'),
          description: t('profiles.python.theModuleRunsTop'),
        },
        {
          id: 'ready',
          label: t('profiles.python.runReady'),
          description: t('profiles.python.oneTurnOfThe'),
        },
        {
          id: 'wait',
          label: t('profiles.python.wait'),
          description: t('profiles.python.nothingIsReadyThe'),
        },
      ],
      loopSteps: [
        { id: 'task', label: t('profiles.python.runTheReadyHandles') },
        { id: 'wait', label: t('profiles.python.waitForTheNext') },
      ],
      stepHelp: {
        task: t('profiles.python.theLoopRunsOne'),
        microtasks: '',
        render: '',
        wait: t('profiles.python.nothingIsReadyThe2'),
      },
      scriptTask: '<module>',
      counted: { task: '', job: t('profiles.python.handle') },
    },
  }
}

/** Per-profile wording, in one place, so the views never branch on the host (in the UI language at each read). */
export const PROFILES: Readonly<Record<ProfileName, ProfileWording>> = {
  get node() {
    return wordings().node
  },
  get browser() {
    return wordings().browser
  },
  get python() {
    return wordings().python
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
