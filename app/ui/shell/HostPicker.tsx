/**
 * Where a program runs: TypeScript on the engine's Node.js or browser event
 * loop, or Python on asyncio's loop. One value covers both choices, since a
 * Python program has no other host.
 */
import { t } from '../../i18n/index.ts'
export type HostProfile = 'node' | 'browser' | 'python'
export type Language = 'typescript' | 'python'

export function languageOf(profile: HostProfile): Language {
  return profile === 'python' ? 'python' : 'typescript'
}

/** The program's language: TypeScript or Python (asyncio). */
export function LanguagePicker({ value, onChange }: { value: Language; onChange: (language: Language) => void }) {
  return (
    <label className="host-picker">
      <span>{t('picker.language')}</span>
      <select aria-label={t('picker.language')} value={value} onChange={(e) => onChange(e.currentTarget.value as Language)}>
        <option value="typescript">TypeScript</option>
        <option value="python">Python (asyncio)</option>
      </select>
    </label>
  )
}

/** Which host's event loop a TypeScript program runs on. */
export function HostPicker({ value, onChange }: { value: 'node' | 'browser'; onChange: (host: 'node' | 'browser') => void }) {
  return (
    <label className="host-picker">
      <span>{t('picker.host')}</span>
      <select aria-label={t('picker.host')} value={value} onChange={(e) => onChange(e.currentTarget.value as 'node' | 'browser')}>
        <option value="node">Node.js</option>
        <option value="browser">{t('picker.browser')}</option>
      </select>
    </label>
  )
}
