import type { Agent } from '../agent.ts'
import { EPOCH_MS } from '../costModel.ts'
import { DatePrototypeToString, MathFloor, NativeDate, ObjectDefineProperty, ReflectConstruct, SafeMath } from '../primordials.ts'

/**
 * `Date` whose "now" is the virtual clock (EPOCH_MS at time 0). It is the
 * realm's own Date for everything else: same prototype, same methods.
 */
export function createVirtualDate(agent: Agent): DateConstructor {
  const nowMs = () => EPOCH_MS + MathFloor(agent.clock.now / 1000)
  const VirtualDate = function Date(this: unknown, ...args: unknown[]) {
    if (new.target === undefined) return DatePrototypeToString(new NativeDate(nowMs()))
    const date = args.length === 0 ? ReflectConstruct(NativeDate, [nowMs()], new.target) : ReflectConstruct(NativeDate, args, new.target)
    return date
  } as unknown as DateConstructor
  ObjectDefineProperty(VirtualDate, 'prototype', { value: NativeDate.prototype, writable: false })
  ObjectDefineProperty(VirtualDate, 'length', { value: 7 })
  ObjectDefineProperty(VirtualDate, 'now', {
    value: function now() {
      return nowMs()
    },
    writable: true,
    configurable: true,
  })
  ObjectDefineProperty(VirtualDate, 'parse', { value: NativeDate.parse, writable: true, configurable: true })
  ObjectDefineProperty(VirtualDate, 'UTC', { value: NativeDate.UTC, writable: true, configurable: true })
  ObjectDefineProperty(NativeDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true })
  return VirtualDate
}

/** `performance` with a virtual `now()` (ms since the run started, µs precision). */
export function createPerformance(agent: Agent): object {
  const marks: Record<string, number> = {}
  const now = () => agent.clock.now / 1000
  return {
    now,
    timeOrigin: EPOCH_MS,
    mark(name: string) {
      marks[name] = now()
      return { name, entryType: 'mark', startTime: marks[name], duration: 0 }
    },
    measure(name: string, start?: string, end?: string) {
      const from = start !== undefined ? (marks[start] ?? 0) : 0
      const to = end !== undefined ? (marks[end] ?? now()) : now()
      return { name, entryType: 'measure', startTime: from, duration: to - from }
    },
    toJSON() {
      return { timeOrigin: EPOCH_MS }
    },
  }
}

/** A deterministic `Math.random` (mulberry32) seeded per run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return function random() {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = SafeMath.imul(t ^ (t >>> 15), t | 1)
    t ^= t + SafeMath.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
