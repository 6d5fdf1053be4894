/**
 * String helpers for the console: Node's quoting and escaping of strings,
 * display widths, and the number/bigint/symbol forms. Only primordials and
 * hand-written loops are used (no regexp-driven `replace`/`split`, whose
 * `Symbol.replace`/`exec` hooks learner code can patch).
 */
import {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  NativeRegExp,
  NumberPrototypeToString,
  ObjectIs,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeNormalize,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeToUpperCase,
  SymbolPrototypeToString,
} from '../primordials.ts'
import type { Ctx } from './context.ts'

/** Splits `text` on every occurrence of `separator` (a non-empty string). */
export function splitString(text: string, separator: string): string[] {
  const parts: string[] = []
  let start = 0
  for (;;) {
    const index = StringPrototypeIndexOf(text, separator, start)
    if (index === -1) break
    ArrayPrototypePush(parts, StringPrototypeSlice(text, start, index))
    start = index + separator.length
  }
  ArrayPrototypePush(parts, StringPrototypeSlice(text, start))
  return parts
}

/** Replaces every occurrence of `search` (non-empty) in `text`. */
export function replaceAll(text: string, search: string, replacement: string): string {
  if (StringPrototypeIndexOf(text, search) === -1) return text
  return ArrayPrototypeJoin(splitString(text, search), replacement)
}

/** Splits after each `\n`, keeping the newline on its line (no empty trailing piece). */
export function splitKeepingNewlines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (;;) {
    const index = StringPrototypeIndexOf(text, '\n', start)
    if (index === -1) break
    ArrayPrototypePush(lines, StringPrototypeSlice(text, start, index + 1))
    start = index + 1
  }
  if (start < text.length || lines.length === 0) ArrayPrototypePush(lines, StringPrototypeSlice(text, start))
  return lines
}

export const spaces = (count: number): string => StringPrototypeRepeat(' ', count > 0 ? count : 0)

const hex = (code: number, width: number): string => {
  let digits = StringPrototypeToUpperCase(NumberPrototypeToString(code, 16))
  while (digits.length < width) digits = `0${digits}`
  return digits
}

/** The escape sequence Node uses for a control character, quote or backslash. */
function metaEscape(code: number): string {
  switch (code) {
    case 8:
      return '\\b'
    case 9:
      return '\\t'
    case 10:
      return '\\n'
    case 12:
      return '\\f'
    case 13:
      return '\\r'
    case 39:
      return "\\'"
    case 92:
      return '\\\\'
    default:
      return `\\x${hex(code, 2)}`
  }
}

/**
 * Escapes control characters (C0, DEL, C1), backslashes, lone surrogates and,
 * when `escapeSingleQuote`, single quotes — the character set Node escapes.
 */
export function escapeText(text: string, escapeSingleQuote: boolean): string {
  let result = ''
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i)
    if ((code === 39 && escapeSingleQuote) || code === 92 || code < 32 || (code > 126 && code < 160)) {
      result += `${StringPrototypeSlice(text, last, i)}${metaEscape(code)}`
      last = i + 1
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < text.length) {
        const next = StringPrototypeCharCodeAt(text, i + 1)
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++
          continue
        }
      }
      result += `${StringPrototypeSlice(text, last, i)}\\u${NumberPrototypeToString(code, 16)}`
      last = i + 1
    }
  }
  return last === 0 ? text : result + StringPrototypeSlice(text, last)
}

/**
 * Quotes a string as Node does: single quotes, or double quotes when the text
 * holds a `'` but no `"`, or backticks when it holds both but no backtick nor
 * `${`; otherwise single quotes with `\'` escapes.
 */
export function quoteString(text: string): string {
  if (StringPrototypeIncludes(text, "'")) {
    if (!StringPrototypeIncludes(text, '"')) return `"${escapeText(text, false)}"`
    if (!StringPrototypeIncludes(text, '`') && !StringPrototypeIncludes(text, '${')) return `\`${escapeText(text, false)}\``
  }
  return `'${escapeText(text, true)}'`
}

/** `-0` keeps its sign; everything else is `String(number)`. */
export const formatNumber = (value: number): string => (ObjectIs(value, -0) ? '-0' : `${value}`)
export const formatBigInt = (value: bigint): string => `${value}n`
export const formatSymbol = (value: symbol): string => SymbolPrototypeToString(value)

// --- Display width (Node's `getStringWidth`, ICU flavour approximated) -------

const zeroWidth = new NativeRegExp('^[\\p{Mn}\\p{Me}\\p{Cf}\\p{Cc}\\p{Emoji_Modifier}]$', 'u')
const emojiPresentation = new NativeRegExp('^\\p{Emoji_Presentation}$', 'u')

/** East Asian Wide/Fullwidth code points (the ranges Node's non-ICU fallback uses). */
function isFullWidth(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd))
  )
}

function codePointWidth(code: number, char: string): number {
  if (code !== 0xad && RegExpPrototypeExec(zeroWidth, char) !== null) return 0
  if (isFullWidth(code) || RegExpPrototypeExec(emojiPresentation, char) !== null) return 2
  return 1
}

/** Removes ANSI CSI escape sequences (`ESC [ … final byte`), as `stripVTControlCharacters` does for the common case. */
function stripAnsi(text: string): string {
  if (StringPrototypeIndexOf(text, '\u001b') === -1 && StringPrototypeIndexOf(text, '\u009b') === -1) return text
  let result = ''
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i)
    const csi = code === 0x9b ? i + 1 : code === 0x1b && StringPrototypeCharCodeAt(text, i + 1) === 0x5b ? i + 2 : -1
    if (csi === -1) {
      result += text[i]
      continue
    }
    let j = csi
    while (j < text.length) {
      const c = StringPrototypeCharCodeAt(text, j)
      if (c >= 0x40 && c <= 0x7e) break
      j++
    }
    i = j
  }
  return result
}

/** Columns the text occupies in a terminal. */
export function getStringWidth(text: string, removeControlChars = true): number {
  const source = removeControlChars ? stripAnsi(text) : text
  let width = 0
  for (let i = 0; i < source.length; i++) {
    const code = StringPrototypeCharCodeAt(source, i)
    if (code >= 127) return width + wideWidth(StringPrototypeNormalize(StringPrototypeSlice(source, i), 'NFC'))
    if (code >= 32) width++
  }
  return width
}

function wideWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCodePointAt(text, i)!
    const size = code > 0xffff ? 2 : 1
    width += codePointWidth(code, StringPrototypeSlice(text, i, i + size))
    i += size - 1
  }
  return width
}

export const remainingText = (remaining: number): string => `... ${remaining} more item${remaining > 1 ? 's' : ''}`

/**
 * A primitive as Node prints it nested in a structure: strings quoted (and,
 * when long and multi-line, split after each newline into `'…\n' +` pieces),
 * truncated past `maxStringLength`; numbers, bigints, symbols, booleans.
 */
export function formatPrimitive(ctx: Ctx, value: unknown): string {
  if (typeof value === 'string') {
    let text = value
    let trailer = ''
    if (text.length > ctx.maxStringLength) {
      const remaining = text.length - ctx.maxStringLength
      text = StringPrototypeSlice(text, 0, ctx.maxStringLength)
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`
    }
    if (ctx.compact !== true && text.length > 16 && text.length > ctx.breakLength - ctx.indentationLvl - 4) {
      const lines = splitKeepingNewlines(text)
      const quoted: string[] = []
      for (let i = 0; i < lines.length; i++) ArrayPrototypePush(quoted, quoteString(lines[i]!))
      return ArrayPrototypeJoin(quoted, ` +\n${spaces(ctx.indentationLvl + 2)}`) + trailer
    }
    return quoteString(text) + trailer
  }
  if (typeof value === 'number') return formatNumber(value)
  if (typeof value === 'bigint') return formatBigInt(value)
  if (typeof value === 'boolean') return `${value}`
  if (typeof value === 'undefined') return 'undefined'
  return formatSymbol(value as symbol)
}
