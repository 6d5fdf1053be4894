/**
 * How formatted entries are laid out: on one line, one per line, or (for
 * arrays of more than six entries) grouped in aligned columns — Node's
 * `reduceToSingleString`, `isBelowBreakLength` and `groupArrayElements`.
 */
import {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  MathFloor,
  MathMax,
  MathMin,
  MathRound,
  MathSqrt,
  StringPrototypeIncludes,
  StringPrototypePadEnd,
  StringPrototypePadStart,
} from '../primordials.ts'
import { ARRAY_EXTRAS_TYPE, type Ctx, type ListType } from './context.ts'
import { getStringWidth, spaces } from './text.ts'

/** True when the entries, joined on one line from column `start`, fit in `breakLength`. */
function isBelowBreakLength(ctx: Ctx, output: readonly string[], start: number, base: string): boolean {
  let totalLength = output.length + start
  if (totalLength + output.length > ctx.breakLength) return false
  for (let i = 0; i < output.length; i++) {
    totalLength += output[i]!.length
    if (totalLength > ctx.breakLength) return false
  }
  return base === '' || !StringPrototypeIncludes(base, '\n')
}

/**
 * Lines the entries of a long array up in columns: the column count aims at
 * a roughly square block (characters ~2.5 times taller than wide), capped by
 * the width, by `compact * 4` and by 15. Numbers are right-aligned, anything
 * else left-aligned. Returns `output` itself when no grouping applies.
 */
export function groupArrayElements(ctx: Ctx, output: string[], value: unknown): string[] {
  let totalLength = 0
  let maxLength = 0
  let outputLength = output.length
  // The "... n more items" entry takes no part in the grouping.
  if (ctx.maxArrayLength < output.length) outputLength--
  const separatorSpace = 2 // ", "
  const dataLen: number[] = []
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i]!, false)
    dataLen[i] = len
    totalLength += len + separatorSpace
    if (maxLength < len) maxLength = len
  }
  const actualMax = maxLength + separatorSpace
  // Group only when three entries fit on a line and no entry dwarfs the others.
  if (!(actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6))) return output

  const averageBias = MathSqrt(actualMax - totalLength / output.length)
  const biasedMax = MathMax(actualMax - 3 - averageBias, 1)
  const compactLimit = typeof ctx.compact === 'number' ? ctx.compact * 4 : 4
  const columns = MathMin(
    MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
    MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    compactLimit,
    15,
  )
  if (columns <= 1) return output

  const maxLineLength: number[] = []
  for (let i = 0; i < columns; i++) {
    let lineLength = 0
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j]! > lineLength) lineLength = dataLen[j]!
    }
    ArrayPrototypePush(maxLineLength, lineLength + separatorSpace)
  }
  let padStart = true
  if (value !== undefined) {
    const items = value as Record<number, unknown>
    for (let i = 0; i < output.length; i++) {
      if (typeof items[i] !== 'number' && typeof items[i] !== 'bigint') {
        padStart = false
        break
      }
    }
  }
  const grouped: string[] = []
  for (let i = 0; i < outputLength; i += columns) {
    const max = MathMin(i + columns, outputLength)
    let line = ''
    let j = i
    for (; j < max - 1; j++) {
      const padding = maxLineLength[j - i]! + output[j]!.length - dataLen[j]!
      line += padStart ? StringPrototypePadStart(`${output[j]}, `, padding, ' ') : StringPrototypePadEnd(`${output[j]}, `, padding, ' ')
    }
    if (padStart) {
      const padding = maxLineLength[j - i]! + output[j]!.length - dataLen[j]! - separatorSpace
      line += StringPrototypePadStart(output[j]!, padding, ' ')
    } else {
      line += output[j]!
    }
    ArrayPrototypePush(grouped, line)
  }
  if (ctx.maxArrayLength < output.length) ArrayPrototypePush(grouped, output[outputLength]!)
  return grouped
}

/**
 * Joins the entries between the braces. With a numeric `compact` (default 3)
 * the entries share one line when the innermost `compact` levels are involved
 * and the line fits `breakLength`; otherwise each entry gets its own line.
 */
export function reduceToSingleString(
  ctx: Ctx,
  output: string[],
  base: string,
  braces: readonly [string, string],
  extrasType: ListType,
  recurseTimes: number,
  value?: unknown,
): string {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length
      if (extrasType === ARRAY_EXTRAS_TYPE && entries > 6) output = groupArrayElements(ctx, output, value)
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        // 10 stands in for the other factors that reduce the usable width.
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = ArrayPrototypeJoin(output, ', ')
          if (!StringPrototypeIncludes(joined, '\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`
        }
      }
    }
    const indentation = `\n${spaces(ctx.indentationLvl)}`
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${ArrayPrototypeJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`
  }
  // compact: true — fill lines up to breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${ArrayPrototypeJoin(output, ', ')} ${braces[1]}`
  }
  const indentation = spaces(ctx.indentationLvl)
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `
  return `${braces[0]}${ln}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`
}
