import { describe, expect, test } from 'vitest'
import { pickLocale } from '../../app/i18n/index.ts'
import { decodeLink, encodeLink } from '../../app/ui/persistence/codeLink.ts'
import { initialLocale } from '../../app/ui/shell/useLocale.ts'

describe('the UI language', () => {
  test('follows the first browser language Looplab speaks, English otherwise', () => {
    expect(pickLocale(['en-US', 'en'])).toBe('en')
    expect(pickLocale(['zh-CN', 'en'])).toBe('zh-CN')
    expect(pickLocale(['fr-FR', 'zh-Hans-CN', 'en'])).toBe('zh-CN')
    expect(pickLocale(['de-DE', 'en-GB', 'zh-CN'])).toBe('en')
    expect(pickLocale(['zh-TW'])).toBe('en')
    expect(pickLocale([])).toBe('en')
  })

  test('a link’s ui= wins over the remembered choice, which wins over the browser', () => {
    expect(initialLocale('#ui=zh-CN', 'en', ['en-US'])).toBe('zh-CN')
    expect(initialLocale('#ui=en', 'zh-CN', ['zh-CN'])).toBe('en')
    expect(initialLocale('', 'zh-CN', ['en-US'])).toBe('zh-CN')
    expect(initialLocale('', '', ['zh-CN'])).toBe('zh-CN')
    expect(initialLocale('', '', ['en-US'])).toBe('en')
  })

  test('lang=zh-CN in a link names the UI language, while lang=py still names Python', () => {
    expect(decodeLink('#lang=zh-CN')).toEqual({ ui: 'zh-CN' })
    expect(decodeLink('#code=Q&lang=py')).toMatchObject({ lang: 'py' })
    expect(decodeLink('#code=Q&lang=py').ui).toBeUndefined()
    expect(decodeLink('#lang=py&ui=zh-CN')).toEqual({ lang: 'py', ui: 'zh-CN' })
    expect(initialLocale('#lesson=call-stack&lang=zh-CN', '', ['en-US'])).toBe('zh-CN')
  })

  test('a link written with a UI language reads back the same', () => {
    const link = encodeLink({ code: 'print(1)', lang: 'py', ui: 'zh-CN' })
    expect(decodeLink(link)).toEqual({ code: 'print(1)', lang: 'py', ui: 'zh-CN' })
  })
})
