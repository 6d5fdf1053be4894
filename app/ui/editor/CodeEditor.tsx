import { lazy, Suspense, useEffect, useState } from 'react'
import type { EditorProps } from './MonacoEditor.tsx'
import { t } from '../../i18n/index.ts'

const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'))

/**
 * The code editor. Monaco is large, so it is only requested once the page
 * has painted; until it is ready the program is shown read-only, exactly as
 * it will appear.
 */
export function CodeEditor(props: EditorProps) {
  const [afterFirstPaint, setAfterFirstPaint] = useState(false)
  useEffect(() => {
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setAfterFirstPaint(true))
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [])
  const fallback = (
    <pre className="editor-fallback" aria-busy="true" aria-label={t('app.editorLoading')} tabIndex={0}>
      {props.value}
    </pre>
  )
  if (!afterFirstPaint) return fallback
  return (
    <Suspense fallback={fallback}>
      <MonacoEditor {...props} />
    </Suspense>
  )
}
