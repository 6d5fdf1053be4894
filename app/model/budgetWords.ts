import { BudgetKind } from '../engine/trace/events.ts'
import { currentLocale, t, type MessageKey } from '../i18n/index.ts'

const KEYS: Record<number, MessageKey> = {
  [BudgetKind.Steps]: 'budget.steps',
  [BudgetKind.Events]: 'budget.events',
  [BudgetKind.VirtualTime]: 'budget.virtualTime',
  [BudgetKind.WallTime]: 'budget.wallTime',
  [BudgetKind.Microtasks]: 'budget.microtasks',
  [BudgetKind.CallDepth]: 'budget.callDepth',
  [BudgetKind.OutputBytes]: 'budget.output',
  [BudgetKind.Deadlock]: 'budget.deadlock',
}

const UNITS: Record<string, MessageKey> = { ms: 'units.ms', s: 'units.s', minutes: 'units.minutes', hours: 'units.hours' }

/**
 * A budget's explanation in the UI language. The engine words it in English with the limit it
 * applied (it knows the run's budgets; the model does not): in another language the same limit
 * is read back from that sentence and put into the catalog's sentence. English passes through.
 */
export function localBudgetExplanation(kind: number, english: string | undefined): string | undefined {
  if (english === undefined || currentLocale() === 'en') return english
  const key = KEYS[kind]
  if (!key) return english
  const limit = /(\d[\d,.]*)(?: (ms|s|minutes|hours)\b)?/.exec(english)
  const amount = limit?.[1] ?? ''
  const unit = limit?.[2]
  const unitKey = unit !== undefined ? UNITS[unit] : undefined
  const number = Number(amount.replace(/,/g, ''))
  return t(key, { limit: unitKey ? t(unitKey, { n: number }) : amount, python: english.includes('lines of Python') ? 'yes' : 'no' })
}
