import { useState } from 'react'
import { encodeLink } from '../persistence/codeLink.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  code: string
  host: string
  lesson: string | undefined
}

/** Copies a link that opens this program (with its host and lesson) without running it. */
export function ShareButton({ code, host, lesson }: Props) {
  const [shown, setShown] = useState<{ link: string; copied: boolean }>()
  const share = async () => {
    const link = `${window.location.origin}${window.location.pathname}${encodeLink({ code, ...(host === 'python' ? { lang: 'py' } : { host }), ...(lesson ? { lesson } : {}) })}`
    let copied = false
    try {
      await navigator.clipboard.writeText(link)
      copied = true
    } catch {
      /* no clipboard permission: show the link to copy by hand */
    }
    setShown({ link, copied })
  }
  return (
    <div className="share">
      <button type="button" className="button" onClick={() => void share()}>
        {t('share.button')}
      </button>
      {shown && (
        <div className="share-popover" role="dialog" aria-label={t('share.dialog')}>
          <p>{shown.copied ? t('share.copied') : t('share.copy')}</p>
          <input
            readOnly
            value={shown.link}
            aria-label={t('share.dialog')}
            onFocus={(e) => e.currentTarget.select()}
            autoFocus={!shown.copied}
          />
          <button type="button" className="button small" onClick={() => setShown(undefined)}>
            {t('share.close')}
          </button>
        </div>
      )}
    </div>
  )
}
