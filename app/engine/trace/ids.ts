import { SafeMath } from '../runtime/primordials.ts'
/**
 * Branded numbers, so that ids and times of different kinds can never be
 * mixed up (a `PromiseId` is not a `TaskId`, a `VirtualTime` is not a count).
 */
declare const brand: unique symbol
export type Brand<T, B extends string> = T & { readonly [brand]: B }

/** Virtual time in integer microseconds since the run started. */
export type VirtualTime = Brand<number, 'VirtualTime'>
/** Position of an event in its trace (0-based). */
export type EventSeq = Brand<number, 'EventSeq'>
export type TaskId = Brand<number, 'TaskId'>
export type JobId = Brand<number, 'JobId'>
export type PromiseId = Brand<number, 'PromiseId'>
export type CoroutineId = Brand<number, 'CoroutineId'>
export type TimerId = Brand<number, 'TimerId'>
export type RequestId = Brand<number, 'RequestId'>
/** Index into the program's function table (0 = the module's top level). */
export type FunctionId = Brand<number, 'FunctionId'>
/** Index into the program's location table (0 = no location). */
export type LocationId = Brand<number, 'LocationId'>
/** Index into the trace's string table. */
export type StringId = Brand<number, 'StringId'>
export type RunId = Brand<number, 'RunId'>

export const NO_LOCATION = 0 as LocationId
export const NO_CAUSE = -1 as EventSeq

export const MICROS_PER_MS = 1000
export function ms(value: number): VirtualTime {
  return SafeMath.round(value * MICROS_PER_MS) as VirtualTime
}
export function toMs(time: VirtualTime): number {
  return time / MICROS_PER_MS
}
