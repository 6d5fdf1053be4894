/**
 * The app's one translation instance: i18next with ICU message syntax (plurals, numbers).
 * Model code (narration, summaries, check messages) imports `t` from here without React;
 * the views subscribe to language changes through react-i18next with the same instance.
 */
import i18next from 'i18next'
import ICU from 'i18next-icu'
import en from './en.json' with { type: 'json' }
import zhCN from './zh-CN.json' with { type: 'json' }

/** The UI languages offered, by BCP 47 tag. */
export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

/** Each language's own name, as the language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message id of the catalogs (the English catalog is the reference). */
export type MessageKey = Leaves<typeof en>
export type MessageValues = Record<string, string | number>

export const i18n = i18next.createInstance()
void i18n.use(ICU).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/**
 * Messages without placeholders, already looked up in the current language: views ask for the same
 * labels on every frame, and an ICU lookup costs far more than a map's.
 */
const plainMessages = new Map<string, string>()
i18n.on('languageChanged', () => plainMessages.clear())

/** The message `key` in the current language, its ICU placeholders filled from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
  if (values) return i18n.t(key, values)
  let message = plainMessages.get(key)
  if (message === undefined) {
    message = i18n.t(key, {})
    plainMessages.set(key, message)
  }
  return message
}

/** The current UI language. */
export function currentLocale(): Locale {
  return parseLocale(i18n.language) ?? 'en'
}

export function setLocale(locale: Locale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale)
}

/** A supported locale for a tag such as `zh-CN`, `zh-Hans`, `zh`, `en-US`; undefined for anything else. */
export function parseLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined
  const lower = tag.toLowerCase()
  if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-sg' || lower.startsWith('zh-hans')) return 'zh-CN'
  if (lower === 'en' || lower.startsWith('en-')) return 'en'
  return undefined
}

/** The first language of `preferred` (as in `navigator.languages`) that Looplab speaks; English otherwise. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = parseLocale(tag)
    if (locale) return locale
  }
  return 'en'
}

/** Whether the UI is in Chinese (for the few places that join words without spaces). */
export function isChinese(): boolean {
  return currentLocale() === 'zh-CN'
}
