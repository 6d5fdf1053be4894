import { lazy, Suspense, useEffect, useState } from 'react'
import type { EditorProps } from './MonacoEditor.tsx'
import { t } from '../../i18n/index.ts'

const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'))

/** Longest wait for the first contentful paint before Monaco is requested anyway (a tab opened in the background never paints). */
const FIRST_PAINT_WAIT_MS = 2000

/**
 * Calls `done` once the page has shown its first content: the browser's first-contentful-paint entry
 * where it reports one (two animation frames can pass before a busy page presents that paint), else
 * after two frames. Returns a function that cancels the wait.
 */
function whenFirstPainted(done: () => void): () => void {
  let finished = false
  const finish = () => {
    if (finished) return
    finished = true
    cleanup()
    done()
  }
  const timer = setTimeout(finish, FIRST_PAINT_WAIT_MS)
  let observer: PerformanceObserver | undefined
  let second = 0
  let first = 0
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) finish()
    })
    observer.observe({ type: 'paint', buffered: true })
  } else {
    first = requestAnimationFrame(() => {
      second = requestAnimationFrame(finish)
    })
  }
  function cleanup() {
    clearTimeout(timer)
    observer?.disconnect()
    cancelAnimationFrame(first)
    cancelAnimationFrame(second)
  }
  return () => {
    finished = true
    cleanup()
  }
}

/**
 * The code editor. Monaco is large, so it is only requested once the page
 * has painted; until it is ready the program is shown read-only, exactly as
 * it will appear.
 */
export function CodeEditor(props: EditorProps) {
  const [afterFirstPaint, setAfterFirstPaint] = useState(false)
  useEffect(() => whenFirstPainted(() => setAfterFirstPaint(true)), [])
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
