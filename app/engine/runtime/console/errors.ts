/**
 * Errors as Node prints them: the `stack` when it is a string (bracketed as
 * `[Error: msg]` when it has no frames), the header adjusted to the class and
 * name (`E3 [Error]: …`), own keys already visible in the stack hidden,
 * `cause` and AggregateError `errors` appended, nested stacks indented.
 */
import {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  ErrorPrototypeToString,
  MathMin,
  ReflectGet,
  ReflectHas,
  RegExpPrototypeExec,
  StringCtor,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} from '../primordials.ts'
import { isError } from './brands.ts'
import { getPrefix, type Ctx } from './context.ts'
import { replaceAll, spaces, splitString } from './text.ts'

/** Reads a property the way Node does (getters run), but a throw reads as `undefined`. */
export function safeGet(target: object, key: PropertyKey): unknown {
  try {
    return ReflectGet(target, key)
  } catch {
    return undefined
  }
}

/** `String(value)`, or `fallback` when the conversion throws (a Symbol, a throwing `toString`). */
export function safeString(value: unknown, fallback = ''): string {
  try {
    return StringCtor(value)
  } catch {
    return fallback
  }
}

/** The error's stack string (the host's rewrite first), else `Error.prototype.toString`. */
export function getStackString(ctx: Ctx, error: object): string {
  const hosted = ctx.host?.errorStack?.(error)
  if (typeof hosted === 'string') return hosted
  const stack = safeGet(error, 'stack')
  if (stack) return safeString(stack)
  try {
    return ErrorPrototypeToString(error)
  } catch {
    return 'Error'
  }
}

/** Hides `name`, `message` and `stack` keys whose value already shows in the stack. */
function removeDuplicateErrorKeys(ctx: Ctx, keys: PropertyKey[], error: object, stack: string): void {
  if (ctx.showHidden || keys.length === 0) return
  const names = ['name', 'message', 'stack']
  for (let i = 0; i < names.length; i++) {
    const index = ArrayPrototypeIndexOf(keys, names[i]!)
    if (index !== -1 && StringPrototypeIncludes(stack, safeString(safeGet(error, names[i]!), '\u0000')))
      ArrayPrototypeSplice(keys, index, 1)
  }
}

const nullProtoHeader = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/
const nullProtoBareName = /^([a-z_A-Z0-9-]*Error)$/

/** Puts the class (and tag) in a "regular" header: `E3 [Error]: msg`, `[Error: null prototype]: msg`. */
function improveStack(stack: string, constructor: string | null, name: string, tag: string): string {
  let len = name.length
  const looksRegular =
    StringPrototypeEndsWith(name, 'Error') &&
    StringPrototypeStartsWith(stack, name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n')
  if (constructor !== null && !looksRegular) return stack
  let fallback = 'Error'
  if (constructor === null) {
    const start = RegExpPrototypeExec(nullProtoHeader, stack) ?? RegExpPrototypeExec(nullProtoBareName, stack)
    fallback = (start && start[1]) || ''
    len = fallback.length
    fallback = fallback || 'Error'
  }
  const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1)
  if (name === prefix) return stack
  if (StringPrototypeIncludes(prefix, name)) {
    return len === 0 ? `${prefix}: ${stack}` : `${prefix}${StringPrototypeSlice(stack, len)}`
  }
  return `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`
}

/** Where a run of at least four frames of `a` reappears in `b`. */
function identicalSequenceRange(a: readonly string[], b: readonly string[]): { len: number; offset: number } {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]!)
    if (pos !== -1) {
      const rest = b.length - pos
      if (rest > 3) {
        let len = 1
        const maxLen = MathMin(a.length - i, rest)
        while (maxLen > len && a[i + len] === b[pos + len]) len++
        if (len > 3) return { len, offset: i }
      }
    }
  }
  return { len: 0, offset: 0 }
}

/** The frame lines, with those repeated from the cause's stack elided. */
function getStackFrames(ctx: Ctx, error: object, framesText: string): string[] {
  const frames = splitString(framesText, '\n')
  const cause = safeGet(error, 'cause')
  if (cause !== null && typeof cause === 'object' && isError(cause)) {
    const causeStack = getStackString(ctx, cause)
    const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at')
    if (causeStackStart !== -1) {
      const causeFrames = splitString(StringPrototypeSlice(causeStack, causeStackStart + 1), '\n')
      const { len, offset } = identicalSequenceRange(frames, causeFrames)
      if (len > 0) {
        const skipped = len - 2
        ArrayPrototypeSplice(frames, offset + 1, skipped)
        insertAt(frames, offset + 1, `    ... ${skipped} lines matching cause stack trace ...`)
      }
    }
  }
  return frames
}

function insertAt(list: string[], index: number, item: string): void {
  ArrayPrototypePush(list, '')
  for (let i = list.length - 1; i > index; i--) list[i] = list[i - 1]!
  list[index] = item
}

/** The error's text (keys to print are adjusted in place: hidden duplicates removed, `cause`/`errors` added). */
export function formatError(ctx: Ctx, error: object, constructor: string | null, tag: string, keys: PropertyKey[]): string {
  const nameValue = safeGet(error, 'name')
  const name = nameValue != null ? safeString(nameValue) : 'Error'
  let stack = getStackString(ctx, error)
  removeDuplicateErrorKeys(ctx, keys, error, stack)
  let hasCause = false
  try {
    hasCause = ReflectHas(error, 'cause')
  } catch {
    // A throwing `has` trap in the prototype chain: treat as absent.
  }
  if (hasCause && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) ArrayPrototypePush(keys, 'cause')
  if (ArrayIsArray(safeGet(error, 'errors')) && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors')))
    ArrayPrototypePush(keys, 'errors')
  stack = improveStack(stack, constructor, name, tag)

  // Frames are searched for after the message, which may itself contain "\n    at".
  const message = safeGet(error, 'message')
  let pos = -1
  if (message) {
    const found = StringPrototypeIndexOf(stack, safeString(message))
    if (found > 0) {
      const length = typeof message === 'string' ? message.length : safeGet(message, 'length')
      pos = found + (length as number)
    }
  }
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos)
  if (stackStart === -1) {
    stack = `[${stack}]`
  } else {
    const lines = getStackFrames(ctx, error, StringPrototypeSlice(stack, stackStart + 1))
    stack = `${StringPrototypeSlice(stack, 0, stackStart)}\n${ArrayPrototypeJoin(lines, '\n')}`
  }
  if (ctx.indentationLvl !== 0) stack = replaceAll(stack, '\n', `\n${spaces(ctx.indentationLvl)}`)
  return stack
}
