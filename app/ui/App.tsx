import { useCallback, useEffect, useState } from 'react'
import { ConsoleView } from './console/ConsoleView.tsx'
import { EventLoopDiagram } from './diagram/EventLoopDiagram.tsx'
import { Narration } from './diagram/Narration.tsx'
import { CodeEditor } from './editor/CodeEditor.tsx'
import { useProgramDocument } from './persistence/useProgramDocument.ts'
import { usePlayer } from './run/usePlayer.ts'
import { usePlayerKeys } from './run/usePlayerKeys.ts'
import { useRunController } from './run/useRunController.ts'
import { useStepView } from './run/useStepView.ts'
import { Header } from './shell/Header.tsx'
import { HostPicker, type HostProfile } from './shell/HostPicker.tsx'
import { Pane } from './shell/Pane.tsx'
import { PlayerBar } from './shell/PlayerBar.tsx'
import { usePrefersDark } from './shell/usePrefersDark.ts'
import { TimelineView } from './timeline/TimelineView.tsx'

export function App() {
  const doc = useProgramDocument()
  const dark = usePrefersDark()
  const [host, setHost] = useState<HostProfile>('node')
  const controller = useRunController(doc.openingProblem ?? 'Ready. Press Run (Ctrl+Enter) to watch the program move through the event loop.')
  const player = usePlayer(controller.session, controller.version)
  const view = useStepView(controller.session, player.seq, controller.version)
  const [hoverLine, setHoverLine] = useState<number>()
  usePlayerKeys(player)

  const run = useCallback(() => {
    doc.saveNow()
    controller.run(doc.code, { host })
  }, [doc, controller, host])

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

  const session = controller.session
  return (
    <div className="app">
      <Header running={controller.running} onRun={run} onStop={controller.stop}>
        <HostPicker value={host} onChange={setHost} />
      </Header>
      <main className="workspace">
        <Pane title="Editor" className="pane-editor">
          <CodeEditor value={doc.code} onChange={doc.setCode} onRun={run} dark={dark} currentLine={view.line} hoverLine={hoverLine} markers={controller.markers} />
        </Pane>
        <Pane title="Event loop" className="pane-loop">
          {view.diagram ? (
            <div className="loop-view">
              <EventLoopDiagram model={view.diagram} onHover={(item) => setHoverLine(item ? session?.labels.line(item.loc) : undefined)} />
              <Narration text={view.narration} causes={view.causes} onJump={player.jumpToEvent} />
            </div>
          ) : (
            <p className="empty-state">Run the program to see its call stack, queues and pending work here.</p>
          )}
        </Pane>
        <Pane title="Timeline" className="pane-timeline">
          {session ? (
            <TimelineView session={session} version={controller.version} cursor={view.time} cursorSeq={player.seq} onJump={player.jumpToEvent} dark={dark} />
          ) : (
            <p className="empty-state">Every task and coroutine will appear here over virtual time.</p>
          )}
        </Pane>
        <Pane title="Console" className="pane-console">
          {session ? (
            <ConsoleView lines={session.console.lines} visible={view.consoleVisible} dropped={session.console.dropped} onSelect={(line) => player.jumpToEvent(line.seq)} />
          ) : (
            <div role="log" aria-label="Program output" className="console-log">
              <p className="empty-state">Output appears here.</p>
            </div>
          )}
        </Pane>
      </main>
      <footer className="app-footer">
        <PlayerBar player={player} />
        <p role="status" className={`status-line tone-${controller.tone}`}>
          {controller.status}
        </p>
      </footer>
    </div>
  )
}
