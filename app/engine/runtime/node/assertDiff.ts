/**
 * The messages of Node 20's AssertionError (lib/internal/assert/assertion_error.js):
 * `1 !== 2` for short values, a `+ actual - expected` line diff of the two
 * values' inspections otherwise, with Node's rules for trimming identical
 * lines and the `^` under the first differing character of one-line values.
 */
import {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  MathMax,
  StringPrototypeEndsWith,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
} from '../primordials.ts'

export const READABLE_OPERATOR: Readonly<Record<string, string>> = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
}

const MAX_SHORT_LENGTH = 12

const isObjectLike = (value: unknown) => typeof value === 'object' && value !== null

/** createErrDiff: the message of a failed strictEqual / deepStrictEqual. */
export function errorDiff(actual: unknown, expected: unknown, operator: string, inspectValue: (value: unknown) => string): string {
  let other = ''
  let res = ''
  let end = ''
  let skipped = false
  const actualInspected = inspectValue(actual)
  const actualLines = StringPrototypeSplit(actualInspected, '\n')
  const expectedLines = StringPrototypeSplit(inspectValue(expected), '\n')
  let i = 0
  let indicator = ''
  if (
    operator === 'strictEqual' &&
    ((isObjectLike(actual) && isObjectLike(expected)) || (typeof actual === 'function' && typeof expected === 'function'))
  ) {
    operator = 'strictEqualObject'
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const actualRaw = actualLines[0]!
    const expectedRaw = expectedLines[0]!
    const inputLength = actualRaw.length + expectedRaw.length
    if (inputLength <= MAX_SHORT_LENGTH) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${READABLE_OPERATOR[operator]!}\n\n${actualLines[0]!} !== ${expectedLines[0]!}\n`
      }
    } else if (operator !== 'strictEqualObject' && inputLength < 80) {
      while (actualRaw[i] === expectedRaw[i]) i++
      if (i > 2) {
        indicator = `\n  ${StringPrototypeRepeat(' ', i)}^`
        i = 0
      }
    }
  }
  let a = actualLines[actualLines.length - 1]
  let b = expectedLines[expectedLines.length - 1]
  while (a === b) {
    if (i++ < 3) end = `\n  ${a!}${end}`
    else other = a!
    ArrayPrototypePop(actualLines)
    ArrayPrototypePop(expectedLines)
    if (actualLines.length === 0 || expectedLines.length === 0) break
    a = actualLines[actualLines.length - 1]
    b = expectedLines[expectedLines.length - 1]
  }
  const maxLines = MathMax(actualLines.length, expectedLines.length)
  if (maxLines === 0) {
    const lines = StringPrototypeSplit(actualInspected, '\n')
    if (lines.length > 50) {
      lines[46] = '...'
      while (lines.length > 47) ArrayPrototypePop(lines)
    }
    return `${READABLE_OPERATOR.notIdentical!}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`
  }
  if (i >= 5) {
    end = `\n...${end}`
    skipped = true
  }
  if (other !== '') {
    end = `\n  ${other}${end}`
    other = ''
  }
  let printedLines = 0
  let identical = 0
  const msg = `${READABLE_OPERATOR[operator]!}\n+ actual - expected`
  const skippedMsg = ' ... Lines skipped'
  let lines = actualLines
  let plusMinus = '+'
  let maxLength = expectedLines.length
  if (actualLines.length < maxLines) {
    lines = expectedLines
    plusMinus = '-'
    maxLength = actualLines.length
  }
  const flushIdentical = (at: number) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[at - 3]!}`
            printedLines++
          } else {
            res += '\n...'
            skipped = true
          }
        }
        res += `\n  ${lines[at - 2]!}`
        printedLines++
      }
      res += `\n  ${lines[at - 1]!}`
      printedLines++
    }
    identical = 0
  }
  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      flushIdentical(i)
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]!}`
      else other += `\n${plusMinus} ${lines[i]!}`
      printedLines++
    } else {
      const expectedLine = expectedLines[i]!
      let actualLine = actualLines[i]!
      let diverging =
        actualLine !== expectedLine &&
        (!StringPrototypeEndsWith(actualLine, ',') || StringPrototypeSlice(actualLine, 0, -1) !== expectedLine)
      if (diverging && StringPrototypeEndsWith(expectedLine, ',') && StringPrototypeSlice(expectedLine, 0, -1) === actualLine) {
        diverging = false
        actualLine += ','
      }
      if (diverging) {
        flushIdentical(i)
        res += `\n+ ${actualLine}`
        other += `\n- ${expectedLine}`
        printedLines += 2
      } else {
        res += other
        other = ''
        identical++
        if (identical <= 2) {
          res += `\n  ${actualLine}`
          printedLines++
        }
      }
    }
    if (printedLines > 50 && i < maxLines - 2) return `${msg}${skippedMsg}\n${res}\n...${other}\n...`
  }
  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`
}
