import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { currentLocale, i18n, parseLocale, pickLocale, setLocale, type Locale } from '../../i18n/index.ts'
import { decodeLink } from '../persistence/codeLink.ts'
import { readPreference, usePreference } from '../persistence/preferences.ts'

/**
 * The UI language at start-up: a link's `#ui=zh-CN` (or `#lang=zh-CN`) for this visit, else the
 * learner's remembered choice, else the first of the browser's languages Looplab speaks, else English.
 */
export function initialLocale(hash: string, stored: string, languages: readonly string[]): Locale {
  return parseLocale(decodeLink(hash).ui) ?? parseLocale(stored) ?? pickLocale(languages)
}

/** Sets the UI language before the first render, so nothing flashes in the wrong one. */
export function startLocale(): void {
  const locale = initialLocale(window.location.hash, readPreference('locale'), navigator.languages ?? [navigator.language])
  setLocale(locale)
  document.documentElement.lang = locale
}

/** The UI language, and a switch that remembers the choice; re-renders its caller when the language changes. */
export function useLocale(): [Locale, (locale: Locale) => void] {
  useTranslation(undefined, { i18n })
  const [, remember] = usePreference('locale')
  const locale = currentLocale()
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const choose = useCallback(
    (next: Locale) => {
      remember(next)
      setLocale(next)
    },
    [remember],
  )
  return [locale, choose]
}
