import type { EditorDocument } from '../persistence/useEditorDocument.ts'

/** What is in the editor, and "reset to the original" with its undo. */
export function EditorToolbar({ doc }: { doc: EditorDocument }) {
  return (
    <div className="editor-toolbar">
      <span className="doc-title" title={doc.info.title}>
        {doc.info.title}
        {doc.modified && <span className="modified"> · edited</span>}
      </span>
      {doc.canUndoReset ? (
        <button type="button" className="link-button" onClick={doc.undoReset}>
          Undo reset
        </button>
      ) : (
        <button
          type="button"
          className="link-button"
          onClick={doc.reset}
          disabled={!doc.modified}
          title="Put the original program back (undoable)"
        >
          Reset to original
        </button>
      )}
    </div>
  )
}
