import { describe, expect, test } from 'vitest'
import { decodeLink, encodeLink } from './codeLink.ts'

describe('share links', () => {
  test('encodeLink then decodeLink gives back the same program, host and lesson', () => {
    const code = 'const s = `tab\\t, unicode ✓, & = # %`\nconsole.log(s)\n'
    const hash = encodeLink({ code, host: 'browser', lesson: 'event-loop' })
    expect(hash.startsWith('#code=')).toBe(true)
    expect(decodeLink(hash)).toEqual({ code, host: 'browser', lesson: 'event-loop' })
  })

  test('decodeLink reads the TypeScript playground convention', () => {
    expect(decodeLink('#code=DYUwLgBAhhC8EHIAWJjAPYKA').code).toBe("let a = 'hello'")
  })

  test('a damaged link reports an error instead of inventing code', () => {
    const state = decodeLink('#code=%%%not-lz%%%')
    expect(state.code).toBeUndefined()
    expect(state.error).toMatch(/damaged/)
  })

  test('an empty program survives the round trip', () => {
    expect(decodeLink(encodeLink({ code: '' })).code).toBe('')
  })
})
