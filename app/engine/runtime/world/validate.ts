import { NumberIsInteger, StringCtor, TypeErrorCtor, isCallable } from '../primordials.ts'
import type { RouteConfig } from './routes.ts'

/** Options of the `world` API arrive from programs: each is checked with a message naming the option. */
export function optionsObject(where: string, options: unknown): Record<string, unknown> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') throw new TypeErrorCtor(`${where}: the options must be an object.`)
  return options as Record<string, unknown>
}

/** A number ≥ 0 (or undefined when absent and allowed). */
export function optionalMs(where: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity)
    throw new TypeErrorCtor(`${where}: "${name}" must be a number of milliseconds ≥ 0, got ${StringCtor(value)}.`)
  return value
}

export function optionalCount(where: string, name: string, value: unknown, min: number): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !NumberIsInteger(value) || value < min)
    throw new TypeErrorCtor(`${where}: "${name}" must be a whole number ≥ ${min}, got ${StringCtor(value)}.`)
  return value
}

export function requiredCount(where: string, name: string, value: unknown, min: number): number {
  const count = optionalCount(where, name, value, min)
  if (count === undefined) throw new TypeErrorCtor(`${where}: "${name}" is required (a whole number ≥ ${min}).`)
  return count
}

export function optionalString(where: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new TypeErrorCtor(`${where}: "${name}" must be a string.`)
  return value
}

export function requiredFunction(where: string, name: string, value: unknown): (...args: unknown[]) => unknown {
  if (!isCallable(value)) throw new TypeErrorCtor(`${where}: ${name} must be a function.`)
  return value
}

/** `world.route(path, options)`'s arguments as a route. */
export function checkRouteOptions(path: unknown, options: unknown): RouteConfig {
  const where = 'world.route'
  if (typeof path !== 'string') throw new TypeErrorCtor(`${where}: the path must be a string such as "/users/:id".`)
  const o = optionsObject(where, options)
  const status = optionalCount(where, 'status', o.status, 200)
  if (status !== undefined && status > 599) throw new TypeErrorCtor(`${where}: "status" must be between 200 and 599, got ${status}.`)
  return {
    path,
    method: optionalString(where, 'method', o.method),
    latencyMs: optionalMs(where, 'latencyMs', o.latencyMs),
    jitterMs: optionalMs(where, 'jitterMs', o.jitterMs),
    status,
    body: o.body,
    failEvery: optionalCount(where, 'failEvery', o.failEvery, 1),
  }
}
