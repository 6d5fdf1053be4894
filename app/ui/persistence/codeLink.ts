/**
 * The `#code=` share-link format, the convention of the TypeScript playground:
 * the program compressed with lz-string's `compressToEncodedURIComponent`.
 * Other hash parameters (host profile, lesson, `lang=py` for Python) travel alongside as `&key=value`.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

export interface LinkState {
  code?: string
  host?: string
  lesson?: string
  /** `py` for a Python program (TypeScript otherwise). */
  lang?: string
}

export function encodeLink(state: LinkState): string {
  const parts: string[] = []
  if (state.code !== undefined) parts.push(`code=${compressToEncodedURIComponent(state.code)}`)
  if (state.lang) parts.push(`lang=${encodeURIComponent(state.lang)}`)
  if (state.host) parts.push(`host=${encodeURIComponent(state.host)}`)
  if (state.lesson) parts.push(`lesson=${encodeURIComponent(state.lesson)}`)
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
      if (code === null || (code === '' && value !== '' && value !== 'Q')) state.error = 'The link’s code is damaged and could not be read.'
      else state.code = code
    } else if (key === 'host') state.host = safeDecode(value)
    else if (key === 'lesson') state.lesson = safeDecode(value)
    else if (key === 'lang') state.lang = safeDecode(value)
  }
  return state
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
