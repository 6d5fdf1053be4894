import Editor, { loader, type OnMount } from '@monaco-editor/react'
import { useEffect, useRef } from 'react'
import { monaco, stopTypeScriptWorker } from './monacoSetup.ts'
import { t } from '../../i18n/index.ts'

loader.config({ monaco })

/** A source position in the learner's program, 1-based as editors show them. */
export interface SourceSpot {
  line: number
  column: number
}

export interface EditorMarker extends SourceSpot {
  message: string
  endLine?: number
  endColumn?: number
}

/** A request to put the cursor somewhere (a new object each time, so the same spot can be asked twice). */
export type CursorRequest = SourceSpot

export interface EditorProps {
  value: string
  onChange: (value: string) => void
  onRun: () => void
  /** The type checker's errors, whenever they change (line order). */
  onTypeErrors?: (errors: EditorMarker[]) => void
  /** Moves the cursor there, reveals it and focuses the editor. */
  cursor?: CursorRequest | undefined
  /** The line the player is on, highlighted in the gutter and the text. */
  currentLine?: number | undefined
  /** A line to point at while the learner hovers something that came from it. */
  hoverLine?: number | undefined
  /** Errors found by Looplab's compiler (in addition to the type checker's own markers). */
  markers?: readonly EditorMarker[]
  dark: boolean
  /** The program's language (TypeScript unless said): its highlighting, and for TypeScript the type checker. */
  language?: 'typescript' | 'python'
}

const MODEL_URIS = { typescript: 'file:///main.ts', python: 'file:///main.py' } as const

export default function MonacoEditor({
  value,
  onChange,
  onRun,
  onTypeErrors,
  cursor,
  currentLine,
  hoverLine,
  markers,
  dark,
  language = 'typescript',
}: EditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const typeErrorsRef = useRef(onTypeErrors)
  useEffect(() => {
    typeErrorsRef.current = onTypeErrors
  }, [onTypeErrors])

  useEffect(() => {
    if (language !== 'typescript') {
      typeErrorsRef.current?.([])
      return
    }
    const uri = monaco.Uri.parse(MODEL_URIS.typescript)
    const report = () => {
      const errors = monaco.editor
        .getModelMarkers({ resource: uri, owner: 'typescript' })
        .filter((m) => m.severity === monaco.MarkerSeverity.Error)
        .sort((a, b) => a.startLineNumber - b.startLineNumber || a.startColumn - b.startColumn)
        .map((m) => ({
          line: m.startLineNumber,
          column: m.startColumn,
          endLine: m.endLineNumber,
          endColumn: m.endColumn,
          message: typeof m.message === 'string' ? m.message : String(m.message),
        }))
      typeErrorsRef.current?.(errors)
    }
    const subscription = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((changed) => changed.toString() === uri.toString())) report()
    })
    report()
    return () => subscription.dispose()
  }, [language])

  useEffect(() => {
    const editor = editorRef.current
    if (!editor || !cursor) return
    editor.setPosition({ lineNumber: cursor.line, column: cursor.column })
    editor.revealPositionInCenterIfOutsideViewport({ lineNumber: cursor.line, column: cursor.column })
    editor.focus()
  }, [cursor])
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null)
  const hoverDecorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null)
  const runRef = useRef(onRun)
  useEffect(() => {
    runRef.current = onRun
  }, [onRun])

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor
    decorationsRef.current = editor.createDecorationsCollection()
    hoverDecorationsRef.current = editor.createDecorationsCollection()
    editor.addAction({
      id: 'looplab.run',
      label: t('app.runAction'),
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => runRef.current(),
    })
    // Tab indents in a code editor; Escape then Tab leaves it, so the keyboard is never trapped.
    let tabLeaves = false
    const setTabLeaves = (value: boolean) => {
      if (tabLeaves === value) return
      tabLeaves = value
      editor.updateOptions({ tabFocusMode: value })
    }
    editor.onKeyDown((event) => {
      if (event.keyCode === monaco.KeyCode.Escape) setTabLeaves(true)
      else if (event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Shift) setTabLeaves(false)
    })
    editor.onDidBlurEditorText(() => setTabLeaves(false))
    editor.onDidChangeModel(() => {
      if (editor.getModel()?.getLanguageId() !== 'typescript') stopTypeScriptWorker()
    })
  }

  useEffect(() => {
    const editor = editorRef.current
    const decorations = decorationsRef.current
    if (!editor || !decorations) return
    if (currentLine === undefined) {
      decorations.clear()
      return
    }
    decorations.set([
      {
        range: new monaco.Range(currentLine, 1, currentLine, 1),
        options: { isWholeLine: true, className: 'current-line', linesDecorationsClassName: 'current-line-gutter' },
      },
    ])
    editor.revealLineInCenterIfOutsideViewport(currentLine)
  }, [currentLine])

  useEffect(() => {
    const decorations = hoverDecorationsRef.current
    if (!decorations) return
    if (hoverLine === undefined) {
      decorations.clear()
      return
    }
    decorations.set([{ range: new monaco.Range(hoverLine, 1, hoverLine, 1), options: { isWholeLine: true, className: 'hover-line' } }])
    editorRef.current?.revealLineInCenterIfOutsideViewport(hoverLine)
  }, [hoverLine])

  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!model) return
    monaco.editor.setModelMarkers(
      model,
      'looplab',
      (markers ?? []).map((m) => ({
        severity: monaco.MarkerSeverity.Error,
        message: m.message,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column + 1,
      })),
    )
  }, [markers])

  return (
    <Editor
      path={MODEL_URIS[language]}
      defaultLanguage={language}
      language={language}
      value={value}
      theme={dark ? 'vs-dark' : 'vs'}
      onChange={(text) => onChange(text ?? '')}
      onMount={handleMount}
      loading={
        <pre className="editor-fallback" aria-label={t('app.editorLoading')} tabIndex={0}>
          {value}
        </pre>
      }
      options={{
        fontSize: 14,
        lineHeight: 21,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: language === 'python' ? 4 : 2,
        renderLineHighlight: 'none',
        fixedOverflowWidgets: true,
        padding: { top: 8 },
        ariaLabel: t('app.editorAria'),
      }}
    />
  )
}
