import { lazy, Suspense } from 'react'
import type { EditorProps } from './MonacoEditor.tsx'

const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'))

/**
 * The code editor. Monaco is large, so it loads behind the first paint; until
 * it is ready the program is shown read-only, exactly as it will appear.
 */
export function CodeEditor(props: EditorProps) {
  return (
    <Suspense fallback={<pre className="editor-fallback" aria-busy="true" aria-label="Program source (the editor is loading)" tabIndex={0}>{props.value}</pre>}>
      <MonacoEditor {...props} />
    </Suspense>
  )
}
