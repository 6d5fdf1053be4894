import { useCallback, useEffect, useState } from 'react'
import { CodeEditor } from './editor/CodeEditor.tsx'
import { useProgramDocument } from './persistence/useProgramDocument.ts'
import { Header } from './shell/Header.tsx'
import { Pane } from './shell/Pane.tsx'
import { PlayerBar } from './shell/PlayerBar.tsx'
import { usePrefersDark } from './shell/usePrefersDark.ts'

export function App() {
  const doc = useProgramDocument()
  const dark = usePrefersDark()
  const [status, setStatus] = useState(doc.openingProblem ?? 'Ready. Press Run (Ctrl+Enter) to watch the program move through the event loop.')

  const run = useCallback(() => {
    doc.saveNow()
    setStatus('Running is not available yet in this build: the engine has not been wired in.')
  }, [doc])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault()
        run()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])

  return (
    <div className="app">
      <Header running={false} onRun={run} onStop={() => undefined} />
      <main className="workspace">
        <Pane title="Editor" className="pane-editor">
          <CodeEditor value={doc.code} onChange={doc.setCode} onRun={run} dark={dark} />
        </Pane>
        <Pane title="Event loop" className="pane-loop">
          <p className="empty-state">Run the program to see its call stack, queues and pending work here.</p>
        </Pane>
        <Pane title="Timeline" className="pane-timeline">
          <p className="empty-state">Every task and coroutine will appear here over virtual time.</p>
        </Pane>
        <Pane title="Console" className="pane-console">
          <div role="log" aria-label="Program output" className="console-log">
            <p className="empty-state">Output appears here.</p>
          </div>
        </Pane>
      </main>
      <footer className="app-footer">
        <PlayerBar stepCount={0} step={0} onStep={() => undefined} />
        <p role="status" className="status-line">{status}</p>
      </footer>
    </div>
  )
}
