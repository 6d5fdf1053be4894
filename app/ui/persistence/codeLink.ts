/**
 * The `#code=` share-link format, the convention of the TypeScript playground:
 * the program compressed with lz-string's `compressToEncodedURIComponent`.
 * Other hash parameters (host profile, lesson, `lang=py` for Python) travel alongside as `&key=value`.
 * The UI language travels as `ui=zh-CN`: `lang` already names the programming language. A link that
 * says `lang=zh-CN` (a language tag, never `py`) is read as the UI language too.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import { t } from '../../i18n/index.ts'

export interface LinkState {
  code?: string
  host?: string
  lesson?: string
  /** `py` for a Python program (TypeScript otherwise). */
  lang?: string
  /** The UI language (`zh-CN`, `en`). */
  ui?: string
}

export function encodeLink(state: LinkState): string {
  const parts: string[] = []
  if (state.code !== undefined) parts.push(`code=${compressToEncodedURIComponent(state.code)}`)
  if (state.lang) parts.push(`lang=${encodeURIComponent(state.lang)}`)
  if (state.host) parts.push(`host=${encodeURIComponent(state.host)}`)
  if (state.lesson) parts.push(`lesson=${encodeURIComponent(state.lesson)}`)
  if (state.ui) parts.push(`ui=${encodeURIComponent(state.ui)}`)
  return parts.length ? `#${parts.join('&')}` : ''
}

/** Reads a location hash; a `code` that does not decompress is reported, never guessed at. */
export function decodeLink(hash: string): LinkState & { error?: string } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash
  const state: LinkState & { error?: string } = {}
  for (const part of body.split('&')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    const key = part.slice(0, eq)
    const value = part.slice(eq + 1)
    if (key === 'code') {
      const code = decompressFromEncodedURIComponent(value)
      if (code === null || (code === '' && value !== '' && value !== 'Q')) state.error = t('link.damaged')
      else state.code = code
    } else if (key === 'host') state.host = safeDecode(value)
    else if (key === 'lesson') state.lesson = safeDecode(value)
    else if (key === 'ui' || key === 'locale') state.ui = safeDecode(value)
    else if (key === 'lang') {
      const lang = safeDecode(value)
      if (LOCALE_TAG.test(lang) && lang !== 'py') state.ui = lang
      else state.lang = lang
    }
  }
  return state
}

/** A UI language tag such as `zh-CN` or `en` (programming languages are `py`, `ts`). */
const LOCALE_TAG = /^(zh|en)([-_][A-Za-z]{2,4})*$/

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
