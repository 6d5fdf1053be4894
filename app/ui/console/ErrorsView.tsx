import type { EditorMarker } from '../editor/MonacoEditor.tsx'
import { t } from '../../i18n/index.ts'

interface Props {
  errors: readonly EditorMarker[]
  onSelect: (error: EditorMarker) => void
}

/** The type checker's errors, as the TypeScript playground lists them; choosing one moves the cursor there. */
export function ErrorsView({ errors, onSelect }: Props) {
  if (errors.length === 0)
    return (
      <div className="errors-view">
        <p className="empty-state">{t('errors.none')}</p>
      </div>
    )
  return (
    <div className="errors-view">
      <ul aria-label={t('errors.label')}>
        {errors.map((error, i) => (
          <li key={`${error.line}:${error.column}:${i}`}>
            <button type="button" className="error-entry" onClick={() => onSelect(error)}>
              <span className="error-where">
                Line {error.line}, column {error.column}
              </span>
              <span className="error-message">{error.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
