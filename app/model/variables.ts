import type { ScopeSnapshot } from '../engine/runtime/scopes.ts'
import type { StepIndex } from './steps.ts'
import { t } from '../i18n/index.ts'

/** A binding as the Variables view lists it. */
export interface VariableRow {
  name: string
  preview: string
  scope: 'local' | 'closure'
  /** Its value differs from the step before (or it just came into being in a frame that was already there). */
  changed: boolean
}

/** A frame as the Variables view lists it: the module's top level first, then the call stack, then paused coroutines. */
export interface VariableFrame {
  /** Stable across steps for the same frame (for keys and for finding what changed). */
  key: string
  name: string
  kind: 'module' | 'function' | 'suspended'
  line: number
  /** "paused at await" and the like, for the frame's heading. */
  note: string
  vars: VariableRow[]
}

/**
 * The events to snapshot for the Variables view at event `seq`: the statement
 * step before it (to know what changed) and `seq` itself, ascending.
 */
export function variableTargets(steps: StepIndex, seq: number): number[] {
  if (seq <= 0) return [seq]
  const before = steps.eventAt('statement', steps.indexAtOrBefore('statement', seq - 1))
  return before >= 0 && before < seq ? [before, seq] : [seq]
}

const NOTES: Record<VariableFrame['kind'], string> = {
  get module() {
    return t('variables.module')
  },
  get function() {
    return t('variables.function')
  },
  get suspended() {
    return t('variables.suspended')
  },
}

function keyed(snapshot: ScopeSnapshot): { key: string; frame: ScopeSnapshot['frames'][number] }[] {
  const seen = new Map<string, number>()
  return snapshot.frames.map((frame) => {
    const base = `${frame.kind === 'module' ? 'module' : 'fn'}:${frame.name}:${frame.line}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { key: `${base}#${n}`, frame }
  })
}

/** The Variables view at a step, with what changed since the step before marked. */
export function variableFrames(current: ScopeSnapshot, previous?: ScopeSnapshot): VariableFrame[] {
  const before = new Map<string, Map<string, string>>()
  if (previous)
    for (const { key, frame } of keyed(previous)) before.set(key, new Map(frame.vars.map((v) => [`${v.scope}:${v.name}`, v.preview])))
  return keyed(current).map(({ key, frame }) => {
    const old = before.get(key)
    return {
      key,
      name: frame.name,
      kind: frame.kind,
      line: frame.line,
      note: NOTES[frame.kind],
      vars: frame.vars.map((v) => ({
        ...v,
        changed: old !== undefined && old.get(`${v.scope}:${v.name}`) !== v.preview,
      })),
    }
  })
}
