/**
 * Node's `performance` and its classes (lib/internal/perf in Node 20), on the
 * virtual clock: `Performance` (an EventTarget), `PerformanceEntry`,
 * `PerformanceMark`, `PerformanceMeasure`, `PerformanceObserver` and
 * `PerformanceObserverEntryList`. Marks and measures are buffered and found
 * by name and type; observers are told of new entries from one
 * `setImmediate` per batch, as Node does, so their callbacks run in the
 * check phase. `eventLoopUtilization` counts the loop's virtual idle time.
 */
import type { Agent } from '../agent.ts'
import { EPOCH_MS } from '../costModel.ts'
import type { DOMExceptionClass } from '../world/domException.ts'
import { defineInspect } from '../world/inspectForm.ts'
import {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  NativeWeakMap,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  ObjectSetPrototypeOf,
  ReflectConstruct,
  ReflectDeleteProperty,
  StringCtor,
  SymbolToStringTag,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
  isCallable,
  isObject,
} from '../primordials.ts'
import { invalidArgType, invalidArgValue, nodeError, received } from './errors.ts'

/** What `performance` needs from the rest of the runtime. */
export interface PerformanceDeps {
  readonly agent: Agent
  /** The run's EventTarget, which `Performance` extends. */
  readonly EventTarget: new () => object
  readonly DOMException: DOMExceptionClass
  /** structuredClone, for a mark's or a measure's `detail`. */
  readonly clone: (value: unknown) => unknown
  /** The node host's setImmediate (observers are told from one). */
  readonly setImmediate: (callback: (...args: unknown[]) => unknown, args: unknown[]) => object
  /** When the event loop started (µs of virtual time, -1 before) and how long it has waited (µs). */
  readonly loop: { startUs(): number; idleUs(): number }
}

/** The global `performance` and the classes Node makes globals (and `perf_hooks` exports). */
export interface NodePerformance {
  readonly performance: object
  readonly classes: Readonly<Record<string, object>>
}

interface EntryState {
  name: string
  entryType: string
  startTime: number
  duration: number
  detail: unknown
}

interface ObserverState {
  callback: (...args: unknown[]) => unknown
  buffer: object[]
  entryTypes: string[]
  type: 'single' | 'multiple' | undefined
}

/** The entry types Node 20 lists in `PerformanceObserver.supportedEntryTypes`. */
const SUPPORTED_ENTRY_TYPES = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']
/** Names of nodeTiming's fields, which a measure may name as marks and a mark may not take. */
const NODE_TIMING_MARKS = ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']

const typeError = (code: string, message: string): TypeError => nodeError(TypeErrorCtor, code, message)
const illegalConstructor = (): TypeError => typeError('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor')
/** Node's validateInternalField: a member called on something that is not one of these objects. */
const invalidThis = (type: string, self: unknown): TypeError =>
  typeError('ERR_INVALID_ARG_TYPE', `The "this" argument must be an instance of ${type}.${received(self)}`)
const missingArgs = (...names: string[]): TypeError =>
  typeError(
    'ERR_MISSING_ARGS',
    names.length === 1
      ? `The "${names[0]!}" argument must be specified`
      : `The "${names[0]!}" and "${names[1]!}" arguments must be specified`,
  )
const invalidTimestamp = (value: unknown): TypeError =>
  typeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', `${StringCtor(value)} is not a valid timestamp`)
const invalidMeasureOptions = (message: string): TypeError => typeError('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message)

/** Redefines `names` on `proto` as enumerable (Node's kEnumerableProperty), keeping their other attributes. */
function enumerable(proto: object, names: readonly string[]): void {
  for (let i = 0; i < names.length; i++) {
    const descriptor = ObjectGetOwnPropertyDescriptor(proto, names[i]!)
    if (descriptor) ObjectDefineProperty(proto, names[i]!, { ...descriptor, enumerable: true })
  }
}

/** Removes `item` from `list` where it is (the runtime's own lists, never a program's). */
function removeFrom(list: object[], item: object): void {
  let kept = 0
  for (let i = 0; i < list.length; i++) if (list[i] !== item) list[kept++] = list[i]!
  list.length = kept
}

/** How Node's ERR_INVALID_ARG_VALUE shows an array of strings (`[ 'mark' ]`), other values as strings. */
function shownArray(value: unknown): string {
  if (!ArrayIsArray(value)) return typeof value === 'string' ? `'${value}'` : StringCtor(value)
  let text = '['
  for (let i = 0; i < value.length; i++)
    text += `${i === 0 ? ' ' : ', '}${typeof value[i] === 'string' ? `'${value[i] as string}'` : StringCtor(value[i])}`
  return `${text}${value.length > 0 ? ' ' : ''}]`
}

const toStringTag = (proto: object, name: string): void => {
  ObjectDefineProperty(proto, SymbolToStringTag, { value: name, writable: false, enumerable: false, configurable: true })
}

export function createNodePerformance(deps: PerformanceDeps): NodePerformance {
  const { agent, DOMException } = deps
  const INTERNAL = {}
  const now = (): number => agent.clock.now / 1000
  const entries = new NativeWeakMap<object, EntryState>()
  const observers = new NativeWeakMap<object, ObserverState>()
  /** Mark names to their start times (a mark made with `new PerformanceMark` counts, buffered or not). */
  let markTimings = new NativeMap<string, number>()
  const markBuffer: object[] = []
  const measureBuffer: object[] = []
  /** Connected observers, in the order they connected. */
  const connected: object[] = []
  /** Observers with entries to be told of, in the order they got them. */
  let pending: object[] = []
  let notifyQueued = false

  const entryOf = (self: unknown, type = 'PerformanceEntry'): EntryState => {
    const state = isObject(self) ? WeakMapPrototypeGet(entries, self) : undefined
    if (!state) throw invalidThis(type, self)
    return state
  }
  const observerOf = (self: unknown): ObserverState => {
    const state = isObject(self) ? WeakMapPrototypeGet(observers, self) : undefined
    if (!state) throw invalidThis('PerformanceObserver', self)
    return state
  }
  const entryJson = (state: EntryState, withDetail: boolean): Record<string, unknown> =>
    withDetail
      ? { name: state.name, entryType: state.entryType, startTime: state.startTime, duration: state.duration, detail: state.detail }
      : { name: state.name, entryType: state.entryType, startTime: state.startTime, duration: state.duration }

  // ---- nodeTiming ----
  const loopStart = (): number => {
    const start = deps.loop.startUs()
    return start < 0 ? -1 : start / 1000
  }
  const nodeTimingValue = (name: string): number => (name === 'loopStart' ? loopStart() : name === 'loopExit' ? -1 : 0)

  // ---- the entry buffers ----
  const byStartTime = (a: object, b: object): number => entryOf(a).startTime - entryOf(b).startTime
  function filterEntries(name: string | undefined, type: string | undefined): object[] {
    let list: object[]
    if (type === 'mark') list = ArrayPrototypeSlice(markBuffer)
    else if (type === 'measure') list = ArrayPrototypeSlice(measureBuffer)
    else if (type === 'resource') list = []
    else if (type !== undefined) return []
    else {
      list = ArrayPrototypeSlice(markBuffer)
      for (let i = 0; i < measureBuffer.length; i++) ArrayPrototypePush(list, measureBuffer[i]!)
    }
    if (name !== undefined) {
      const named: object[] = []
      for (let i = 0; i < list.length; i++) if (entryOf(list[i]).name === name) ArrayPrototypePush(named, list[i]!)
      list = named
    }
    return ArrayPrototypeSort(list, byStartTime)
  }
  function clearBuffer(buffer: object[], name: string | undefined): void {
    let kept = 0
    for (let i = 0; i < buffer.length; i++) {
      if (name !== undefined && entryOf(buffer[i]).name !== name) buffer[kept++] = buffer[i]!
    }
    buffer.length = kept
  }

  // ---- observers ----
  function notifyObservers(): void {
    notifyQueued = false
    const told = pending
    pending = []
    for (let i = 0; i < told.length; i++) {
      const observer = told[i]!
      const state = WeakMapPrototypeGet(observers, observer)
      if (!state) continue
      const list = ReflectConstruct(PerformanceObserverEntryList, [INTERNAL, state.buffer])
      state.buffer = []
      ReflectApply(state.callback, observer, [list, observer])
    }
  }
  function markPending(observer: object): void {
    if (!ArrayPrototypeIncludes(pending, observer)) ArrayPrototypePush(pending, observer)
    if (notifyQueued) return
    notifyQueued = true
    deps.setImmediate(notifyObservers, [])
  }
  function enqueue(entry: object): void {
    const type = entryOf(entry).entryType
    for (let i = 0; i < connected.length; i++) {
      const state = WeakMapPrototypeGet(observers, connected[i]!)!
      if (!ArrayPrototypeIncludes(state.entryTypes, type)) continue
      ArrayPrototypePush(state.buffer, entry)
      markPending(connected[i]!)
    }
  }
  const observesType = (type: string): boolean => {
    for (let i = 0; i < connected.length; i++)
      if (ArrayPrototypeIncludes(WeakMapPrototypeGet(observers, connected[i]!)!.entryTypes, type)) return true
    return false
  }

  // ---- marks and measures ----
  function markTime(name: unknown): number | undefined {
    if (name === undefined) return undefined
    if (typeof name === 'number') {
      if (name < 0) throw invalidTimestamp(name)
      return name
    }
    const text = StringCtor(name)
    if (ArrayPrototypeIncludes(NODE_TIMING_MARKS, text)) return nodeTimingValue(text)
    const time = MapPrototypeGet(markTimings, text)
    if (time === undefined) throw new DOMException(`The "${text}" performance mark has not been set`, 'SyntaxError')
    return time
  }
  const cloneDetail = (detail: unknown): unknown => (detail === null || detail === undefined ? null : deps.clone(detail))

  class PerformanceEntry {
    // Defaults keep `length` at Node's (0); only the runtime passes these.
    constructor(key: unknown = undefined, state: EntryState | undefined = undefined) {
      if (key !== INTERNAL || !state) throw illegalConstructor()
      WeakMapPrototypeSet(entries, this, state)
    }
    get name(): string {
      return entryOf(this).name
    }
    get entryType(): string {
      return entryOf(this).entryType
    }
    get startTime(): number {
      return entryOf(this).startTime
    }
    get duration(): number {
      return entryOf(this).duration
    }
    toJSON(): Record<string, unknown> {
      return entryJson(entryOf(this), false)
    }
  }
  enumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON'])
  defineInspect(
    PerformanceEntry.prototype,
    'PerformanceEntry',
    (self) => entryJson(entryOf(self), entryOf(self).entryType !== 'function'),
    {
      naming: 'instance',
      shallower: true,
    },
  )

  class PerformanceMark extends PerformanceEntry {
    constructor(name: unknown, options: unknown = undefined) {
      if (arguments.length === 0) throw missingArgs('name')
      const text = StringCtor(name)
      if (ArrayPrototypeIncludes(NODE_TIMING_MARKS, text)) throw invalidArgValue('name', `'${text}'`)
      const given = options === undefined ? {} : options
      if (!isObject(given) || ArrayIsArray(given)) throw invalidArgType('options', 'object', given)
      const { startTime = now(), detail } = given as { startTime?: unknown; detail?: unknown }
      if (typeof startTime !== 'number') throw invalidArgType('startTime', 'number', startTime)
      if (startTime < 0) throw invalidTimestamp(startTime)
      MapPrototypeSet(markTimings, text, startTime)
      super(INTERNAL, { name: text, entryType: 'mark', startTime, duration: 0, detail: cloneDetail(detail) })
    }
    get detail(): unknown {
      return entryOf(this, 'PerformanceMark').detail
    }
    override toJSON(): Record<string, unknown> {
      return entryJson(entryOf(this, 'PerformanceMark'), true)
    }
  }
  enumerable(PerformanceMark.prototype, ['detail'])
  toStringTag(PerformanceMark.prototype, 'PerformanceMark')

  class PerformanceMeasure extends PerformanceEntry {
    constructor(key: unknown = undefined, state: EntryState | undefined = undefined) {
      if (key !== INTERNAL) throw illegalConstructor()
      super(INTERNAL, state)
    }
    get detail(): unknown {
      return entryOf(this, 'PerformanceMeasure').detail
    }
    override toJSON(): Record<string, unknown> {
      return entryJson(entryOf(this, 'PerformanceMeasure'), true)
    }
  }
  enumerable(PerformanceMeasure.prototype, ['detail'])
  toStringTag(PerformanceMeasure.prototype, 'PerformanceMeasure')

  /** Node's calculateStartDuration: a measure's start and duration from its marks, times or options. */
  function startAndDuration(startOrOptions: unknown, endMark: unknown): { start: number; duration: number } {
    let options: { start?: unknown; end?: unknown; duration?: unknown } | undefined
    if (isObject(startOrOptions)) {
      const { start, end, duration } = startOrOptions as { start?: unknown; end?: unknown; duration?: unknown }
      if (start !== undefined || end !== undefined) options = { start, end, duration }
    }
    if (options) {
      if (endMark !== undefined) throw invalidMeasureOptions('endMark must not be specified')
      if (options.start !== undefined && options.end !== undefined && options.duration !== undefined)
        throw invalidMeasureOptions('Must not have options.start, options.end, and options.duration specified')
    }
    let end: number
    if (endMark !== undefined) end = markTime(endMark)!
    else if (options && options.end !== undefined) end = markTime(options.end)!
    else if (options && options.start !== undefined && options.duration !== undefined)
      end = markTime(options.start)! + markTime(options.duration)!
    else end = now()
    let start: number
    if (typeof startOrOptions === 'string') start = markTime(startOrOptions)!
    else if (options && options.start !== undefined) start = markTime(options.start)!
    else if (options && options.duration !== undefined && options.end !== undefined) start = end - markTime(options.duration)!
    else start = 0
    return { start, duration: end - start }
  }

  // ---- Performance ----
  const EventTargetBase = deps.EventTarget
  class Performance extends EventTargetBase {
    constructor(key: unknown = undefined) {
      if (key !== INTERNAL) throw illegalConstructor()
      super()
    }
    clearMarks(name: unknown = undefined): void {
      if (name !== undefined) {
        const text = StringCtor(name)
        if (ArrayPrototypeIncludes(NODE_TIMING_MARKS, text)) throw invalidArgValue('name', `'${text}'`)
        MapPrototypeDelete(markTimings, text)
        clearBuffer(markBuffer, text)
        return
      }
      markTimings = new NativeMap<string, number>()
      clearBuffer(markBuffer, undefined)
    }
    clearMeasures(name: unknown = undefined): void {
      clearBuffer(measureBuffer, name === undefined ? undefined : StringCtor(name))
    }
    clearResourceTimings(_name: unknown = undefined): void {
      // The simulated world records no resource timings.
    }
    getEntries(): object[] {
      return filterEntries(undefined, undefined)
    }
    getEntriesByName(name: unknown, type: unknown = undefined): object[] {
      if (arguments.length === 0) throw missingArgs('name')
      return filterEntries(StringCtor(name), type === undefined ? undefined : StringCtor(type))
    }
    getEntriesByType(type: unknown): object[] {
      if (arguments.length === 0) throw missingArgs('type')
      return filterEntries(undefined, StringCtor(type))
    }
    mark(name: unknown, options: unknown = undefined): object {
      const mark = arguments.length === 0 ? ReflectConstruct(PerformanceMark, []) : ReflectConstruct(PerformanceMark, [name, options])
      enqueue(mark)
      ArrayPrototypePush(markBuffer, mark)
      return mark
    }
    measure(name: unknown, startOrOptions: unknown = undefined, endMark: unknown = undefined): object {
      if (typeof name !== 'string') throw invalidArgType('name', 'string', name)
      const { start, duration } = startAndDuration(startOrOptions, endMark)
      const detail = isObject(startOrOptions) ? (startOrOptions as { detail?: unknown }).detail : undefined
      const measure = ReflectConstruct(PerformanceMeasure, [
        INTERNAL,
        { name, entryType: 'measure', startTime: start, duration, detail: cloneDetail(detail) },
      ])
      enqueue(measure)
      ArrayPrototypePush(measureBuffer, measure)
      return measure
    }
    now(): number {
      return now()
    }
    setResourceTimingBufferSize(_maxSize: unknown): void {
      // No resource timings are recorded (see clearResourceTimings).
    }
    get timeOrigin(): number {
      return EPOCH_MS
    }
    toJSON(): Record<string, unknown> {
      return { nodeTiming, timeOrigin: EPOCH_MS, eventLoopUtilization: eventLoopUtilization() }
    }
    get onresourcetimingbufferfull(): unknown {
      return null
    }
    set onresourcetimingbufferfull(_handler: unknown) {
      // Never fired: no resource timings are recorded.
    }
  }
  enumerable(Performance.prototype, [
    'clearMarks',
    'clearMeasures',
    'clearResourceTimings',
    'getEntries',
    'getEntriesByName',
    'getEntriesByType',
    'mark',
    'measure',
    'now',
    'setResourceTimingBufferSize',
    'timeOrigin',
    'toJSON',
  ])

  /** idle and active time of the loop (ms), and their ratio; between two readings when given them. */
  function eventLoopUtilization(first?: unknown, second?: unknown): { idle: number; active: number; utilization: number } {
    const start = loopStart()
    if (deps.loop.startUs() < 0) return { idle: 0, active: 0, utilization: 0 }
    const read = (value: unknown) => value as { idle: number; active: number }
    if (second) {
      const idle = read(first).idle - read(second).idle
      const active = read(first).active - read(second).active
      return { idle, active, utilization: active / (idle + active) }
    }
    const idle = deps.loop.idleUs() / 1000
    const active = now() - start - idle
    if (!first) return { idle, active, utilization: active / (idle + active) }
    const idleDelta = idle - read(first).idle
    const activeDelta = active - read(first).active
    return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) }
  }

  /** `performance.timerify(fn)`: a wrapper that, while an observer watches 'function' entries, records each call. */
  function timerify(fn: unknown, options: unknown = undefined): unknown {
    if (!isCallable(fn)) throw invalidArgType('fn', 'function', fn)
    if (options !== undefined && (!isObject(options) || ArrayIsArray(options))) throw invalidArgType('options', 'object', options)
    const target = fn
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      const started = now()
      const result = new.target ? ReflectConstruct(target, args, target) : ReflectApply(target, this, args)
      if (observesType('function')) {
        const name = typeof target.name === 'string' ? target.name : ''
        const entry = ReflectConstruct(PerformanceEntry, [
          INTERNAL,
          { name, entryType: 'function', startTime: started, duration: now() - started, detail: args },
        ])
        enqueue(entry)
      }
      return result
    }
    ObjectDefineProperty(wrapped, 'name', {
      value: `timerified ${StringCtor(target.name)}`,
      writable: false,
      enumerable: false,
      configurable: true,
    })
    ObjectDefineProperty(wrapped, 'length', { value: target.length, writable: false, enumerable: false, configurable: true })
    return wrapped
  }

  /** Node's hook for fetch's resource timings (five arguments); the simulated world records none. */
  function markResourceTiming(_timing: unknown, _url: unknown, _initiator: unknown, _global: unknown, _cacheMode: unknown): undefined {
    return undefined
  }

  const nodeTimingFields = (): Record<string, unknown> => ({
    name: 'node',
    entryType: 'node',
    startTime: 0,
    duration: now(),
    nodeStart: 0,
    v8Start: 0,
    bootstrapComplete: 0,
    environment: 0,
    loopStart: loopStart(),
    loopExit: -1,
    idleTime: deps.loop.idleUs() / 1000,
  })
  class PerformanceNodeTiming {}
  ObjectSetPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype)
  const nodeTiming = new PerformanceNodeTiming()
  const field = (name: string, get: () => unknown, getterName = 'get') => {
    const getter = { [getterName]: () => get() }[getterName]!
    ObjectDefineProperty(nodeTiming, name, { get: getter, enumerable: true, configurable: true })
  }
  ObjectDefineProperty(nodeTiming, 'name', { value: 'node', writable: false, enumerable: true, configurable: true })
  ObjectDefineProperty(nodeTiming, 'entryType', { value: 'node', writable: false, enumerable: true, configurable: true })
  ObjectDefineProperty(nodeTiming, 'startTime', { value: 0, writable: false, enumerable: true, configurable: true })
  field('duration', now, 'now')
  field('nodeStart', () => 0)
  field('v8Start', () => 0)
  field('environment', () => 0)
  field('loopStart', loopStart)
  field('loopExit', () => -1)
  field('bootstrapComplete', () => 0)
  field('idleTime', () => deps.loop.idleUs() / 1000, 'loopIdleTime')
  defineInspect(PerformanceNodeTiming.prototype, 'PerformanceNodeTiming', nodeTimingFields)

  const proto = Performance.prototype as unknown as Record<string, unknown>
  const plainMember = (name: string, value: unknown) =>
    ObjectDefineProperty(proto, name, { value, writable: true, enumerable: false, configurable: true })
  plainMember('eventLoopUtilization', eventLoopUtilization)
  plainMember('nodeTiming', nodeTiming)
  plainMember('markResourceTiming', markResourceTiming)
  plainMember('timerify', timerify)
  // The accessor pair comes last among Node's members.
  const handler = ObjectGetOwnPropertyDescriptor(proto, 'onresourcetimingbufferfull')!
  ReflectDeleteProperty(proto, 'onresourcetimingbufferfull')
  ObjectDefineProperty(proto, 'onresourcetimingbufferfull', { ...handler, enumerable: true })
  defineInspect(Performance.prototype, 'Performance', () => ({ nodeTiming, timeOrigin: EPOCH_MS }))
  toStringTag(Performance.prototype, 'Performance')

  // ---- PerformanceObserver ----
  const listBuffers = new NativeWeakMap<object, object[]>()
  class PerformanceObserverEntryList {
    constructor(key: unknown = undefined, buffer: object[] | undefined = undefined) {
      if (key !== INTERNAL) throw illegalConstructor()
      WeakMapPrototypeSet(listBuffers, this, ArrayPrototypeSort(ArrayPrototypeSlice(buffer ?? []), byStartTime))
    }
    getEntries(): object[] {
      return ArrayPrototypeSlice(bufferOf(this))
    }
    getEntriesByType(type: unknown): object[] {
      if (arguments.length === 0) throw missingArgs('type')
      const wanted = StringCtor(type)
      return filterList(bufferOf(this), undefined, wanted)
    }
    getEntriesByName(name: unknown, type: unknown = undefined): object[] {
      if (arguments.length === 0) throw missingArgs('name')
      return filterList(bufferOf(this), StringCtor(name), type === undefined ? undefined : StringCtor(type))
    }
  }

  const bufferOf = (self: unknown): object[] => {
    const buffer = isObject(self) ? WeakMapPrototypeGet(listBuffers, self) : undefined
    if (!buffer) throw invalidThis('PerformanceObserverEntryList', self)
    return buffer
  }
  const filterList = (buffer: readonly object[], name: string | undefined, type: string | undefined): object[] => {
    const found: object[] = []
    for (let i = 0; i < buffer.length; i++) {
      const state = entryOf(buffer[i])
      if ((name === undefined || state.name === name) && (type === undefined || state.entryType === type))
        ArrayPrototypePush(found, buffer[i]!)
    }
    return found
  }
  enumerable(PerformanceObserverEntryList.prototype, ['getEntries', 'getEntriesByType', 'getEntriesByName'])
  defineInspect(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList', (self) => ArrayPrototypeSlice(bufferOf(self)), {
    naming: 'instance',
    shallower: true,
  })
  toStringTag(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList')

  const supportedEntryTypes = ObjectFreeze(ArrayPrototypeSlice(SUPPORTED_ENTRY_TYPES))
  function disconnect(observer: object, state: ObserverState): void {
    removeFrom(connected, observer)
    removeFrom(pending, observer)
    state.buffer = []
    state.entryTypes = []
    state.type = undefined
  }

  class PerformanceObserver {
    constructor(callback: unknown) {
      if (!isCallable(callback)) throw invalidArgType('callback', 'function', callback)
      WeakMapPrototypeSet(observers, this, {
        callback: callback,
        buffer: [],
        entryTypes: [],
        type: undefined,
      })
    }
    static get supportedEntryTypes(): readonly string[] {
      return supportedEntryTypes
    }
    observe(options: unknown = {}): void {
      const state = observerOf(this)
      if (!isObject(options) || ArrayIsArray(options)) throw invalidArgType('options', 'object', options)
      const { entryTypes, type, buffered } = options as { entryTypes?: unknown; type?: unknown; buffered?: unknown }
      if (entryTypes === undefined && type === undefined) throw missingArgs('options.entryTypes', 'options.type')
      if (entryTypes !== undefined && entryTypes !== null && type !== undefined && type !== null)
        throw invalidArgValue('options.entryTypes', shownArray(entryTypes), 'options.entryTypes can not set with options.type together')
      if (state.type === undefined) state.type = entryTypes !== undefined ? 'multiple' : 'single'
      else if (state.type === 'single' && entryTypes !== undefined)
        throw new DOMException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError')
      else if (state.type === 'multiple' && type !== undefined)
        throw new DOMException('PerformanceObserver can not change to single observation', 'InvalidModificationError')
      if (state.type === 'multiple') {
        if (!ArrayIsArray(entryTypes)) throw invalidArgType('options.entryTypes', 'string[]', entryTypes)
        state.entryTypes = []
        for (let i = 0; i < entryTypes.length; i++) {
          const name = (entryTypes as unknown[])[i]
          if (
            typeof name === 'string' &&
            ArrayPrototypeIncludes(SUPPORTED_ENTRY_TYPES, name) &&
            !ArrayPrototypeIncludes(state.entryTypes, name)
          )
            ArrayPrototypePush(state.entryTypes, name)
        }
      } else {
        if (typeof type !== 'string' || !ArrayPrototypeIncludes(SUPPORTED_ENTRY_TYPES, type)) return
        if (!ArrayPrototypeIncludes(state.entryTypes, type)) ArrayPrototypePush(state.entryTypes, type)
        if (buffered) {
          const earlier = filterEntries(undefined, type)
          for (let i = 0; i < earlier.length; i++) ArrayPrototypePush(state.buffer, earlier[i]!)
          markPending(this)
        }
      }
      if (state.entryTypes.length > 0) {
        if (!ArrayPrototypeIncludes(connected, this)) ArrayPrototypePush(connected, this)
      } else disconnect(this, state)
    }
    disconnect(): void {
      disconnect(this, observerOf(this))
    }
    takeRecords(): object[] {
      const state = observerOf(this)
      const list = state.buffer
      state.buffer = []
      return list
    }
  }
  enumerable(PerformanceObserver.prototype, ['observe', 'disconnect', 'takeRecords'])
  defineInspect(
    PerformanceObserver.prototype,
    'PerformanceObserver',
    (self) => {
      const state = observerOf(self)
      return {
        connected: ArrayPrototypeIncludes(connected, self),
        pending: ArrayPrototypeIncludes(pending, self),
        entryTypes: ArrayPrototypeSlice(state.entryTypes),
        buffer: ArrayPrototypeSlice(state.buffer),
      }
    },
    { pastDepth: 'PerformanceObserver {}', shallower: true },
  )
  toStringTag(PerformanceObserver.prototype, 'PerformanceObserver')

  const performance = ReflectConstruct(Performance, [INTERNAL])
  return {
    performance,
    classes: {
      Performance,
      PerformanceEntry,
      PerformanceMark,
      PerformanceMeasure,
      PerformanceObserver,
      PerformanceObserverEntryList,
    },
  }
}
