/**
 * `process.emitWarning`, after Node 20's lib/internal/process/warning.js:
 * the warning becomes an Error (named by its type), is emitted as a
 * `'warning'` event on the next tick, and Node's own listener prints it on
 * stderr: `(node:PID) [CODE] Name: message`, followed the first time by the
 * `(Use \`node --trace-warnings ...\`…)` hint.
 */
import {
  ArrayIsArray,
  ErrorCtor,
  ErrorPrototypeToString,
  ObjectDefineProperty,
  ReflectApply,
  ReflectGet,
  StringCtor,
  isCallable,
} from '../../primordials.ts'
import { invalidArgType } from './nodeErrors.ts'

export interface WarningHooks {
  pid: number
  nextTick(callback: () => void): void
  /** Emits `'warning'` to the program's listeners. */
  emit(warning: Error): void
  /** Writes to stderr. */
  write(text: string): void
}

const define = (target: object, key: string, value: unknown) =>
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })

export function createEmitWarning(hooks: WarningHooks): (warning: unknown, type?: unknown, code?: unknown) => void {
  let hintShown = false

  function print(warning: Error): void {
    const name = StringCtor(ReflectGet(warning, 'name'))
    const code = ReflectGet(warning, 'code')
    let text = `(node:${hooks.pid}) `
    if (code) text += `[${StringCtor(code)}] `
    const toString = ReflectGet(warning, 'toString')
    text += isCallable(toString) ? StringCtor(ReflectApply(toString, warning, [])) : ErrorPrototypeToString(warning)
    const detail = ReflectGet(warning, 'detail')
    if (typeof detail === 'string') text += `\n${detail}`
    if (!hintShown) {
      hintShown = true
      text += `\n(Use \`node ${name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings'} ...\` to show where the warning was created)`
    }
    hooks.write(`${text}\n`)
  }

  return function emitWarning(warning: unknown, type?: unknown, code?: unknown): void {
    let detail: unknown
    if (type !== null && typeof type === 'object' && !ArrayIsArray(type)) {
      const options = type as { type?: unknown; code?: unknown; detail?: unknown }
      code = options.code
      detail = options.detail
      type = options.type || 'Warning'
    } else if (isCallable(type)) {
      type = 'Warning'
      code = undefined
    }
    if (type !== undefined && typeof type !== 'string') throw invalidArgType('type', 'string', type)
    if (isCallable(code)) code = undefined
    else if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'string', code)
    let error: Error
    if (typeof warning === 'string') {
      error = new ErrorCtor(warning)
      define(error, 'name', StringCtor(type || 'Warning'))
      if (code !== undefined) define(error, 'code', code)
      if (typeof detail === 'string') define(error, 'detail', detail)
    } else if (warning instanceof ErrorCtor) {
      error = warning
    } else {
      throw invalidArgType('warning', 'Error or string', warning)
    }
    hooks.nextTick(() => {
      print(error)
      hooks.emit(error)
    })
  }
}
