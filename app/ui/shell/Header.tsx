import { Icon } from './Icon.tsx'
import { t } from '../../i18n/index.ts'

interface HeaderProps {
  running: boolean
  onRun: () => void
  onStop: () => void
  /** Controls shown before Run (host picker…). */
  children?: React.ReactNode
  /** Controls shown after Stop (share, menu…). */
  trailing?: React.ReactNode
  /** Navigation shown after the brand (lessons, examples). */
  nav?: React.ReactNode
}

/** The product bar: name, and the Run/Stop controls. */
export function Header({ running, onRun, onStop, children, trailing, nav }: HeaderProps) {
  return (
    <header className="app-header">
      <a className="brand" href="./" aria-label={t('header.home')}>
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
          <rect width="32" height="32" rx="7" className="brand-mark" />
          <path d="M9 16a7 7 0 1 1 7 7" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
          <path d="M16 19.5 12 23l4 3.5" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="brand-name">Looplab</span>
      </a>
      <span className="tagline">{t('header.tagline')}</span>
      {nav}
      <div className="header-actions">
        {children}
        <button
          type="button"
          className="button primary"
          onClick={onRun}
          title={t('header.runTitle')}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          <Icon name="run" size={14} /> {t('header.run')}
        </button>
        <button type="button" className="button" onClick={onStop} disabled={!running}>
          <Icon name="stop" size={14} /> {t('header.stop')}
        </button>
        {trailing}
      </div>
    </header>
  )
}
