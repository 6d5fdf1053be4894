import type { EditorDocument } from '../persistence/useEditorDocument.ts'
import { t } from '../../i18n/index.ts'

/** What is in the editor, and "reset to the original" with its undo. */
export function EditorToolbar({ doc, title = doc.info.title }: { doc: EditorDocument; title?: string }) {
  return (
    <div className="editor-toolbar">
      <span className="doc-title" title={title}>
        {title}
        {doc.modified && <span className="modified"> · {t('toolbar.edited')}</span>}
      </span>
      {doc.canUndoReset ? (
        <button type="button" className="link-button" onClick={doc.undoReset}>
          {t('toolbar.undoReset')}
        </button>
      ) : (
        <button type="button" className="link-button" onClick={doc.reset} disabled={!doc.modified} title={t('toolbar.resetTitle')}>
          {t('toolbar.reset')}
        </button>
      )}
    </div>
  )
}
