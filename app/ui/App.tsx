import { useCallback, useEffect, useState } from 'react'
import { evaluateChecks, type CheckResult } from '../model/lessons/checks.ts'
import { sessionFacts } from '../model/lessons/runFacts.ts'
import type { Check, Lesson } from '../model/lessons/types.ts'
import { ConsoleView } from './console/ConsoleView.tsx'
import { EventLoopDiagram } from './diagram/EventLoopDiagram.tsx'
import { Narration } from './diagram/Narration.tsx'
import { CodeEditor } from './editor/CodeEditor.tsx'
import { loadCatalog } from './lessons/catalog.ts'
import { CourseOutline } from './lessons/CourseOutline.tsx'
import { LessonPanel } from './lessons/LessonPanel.tsx'
import { PLAYGROUND, useEditorDocument, type DocumentInfo } from './persistence/useEditorDocument.ts'
import { usePlayer } from './run/usePlayer.ts'
import { usePlayerKeys } from './run/usePlayerKeys.ts'
import { useRunController } from './run/useRunController.ts'
import { useStepView } from './run/useStepView.ts'
import { EditorToolbar } from './shell/EditorToolbar.tsx'
import { Header } from './shell/Header.tsx'
import { HostPicker, type HostProfile } from './shell/HostPicker.tsx'
import { Pane } from './shell/Pane.tsx'
import { PlayerBar } from './shell/PlayerBar.tsx'
import { useLessonRoute } from './shell/useHashRoute.ts'
import { usePrefersDark } from './shell/usePrefersDark.ts'
import { TimelineView } from './timeline/TimelineView.tsx'

export function App() {
  const doc = useEditorDocument()
  const dark = usePrefersDark()
  const [host, setHost] = useState<HostProfile>(doc.linkHost === 'browser' ? 'browser' : 'node')
  const controller = useRunController(doc.openingProblem ?? 'Ready. Press Run (Ctrl+Enter) to watch the program move through the event loop.')
  const player = usePlayer(controller.session, controller.version)
  const view = useStepView(controller.session, player.seq, controller.version)
  const [hoverLine, setHoverLine] = useState<number>()
  const [lessonId, setLessonId] = useLessonRoute()
  const [showCourse, setShowCourse] = useState(false)
  const [lessons, setLessons] = useState<Lesson[]>()
  const [checkResults, setCheckResults] = useState<Record<string, CheckResult[]>>({})
  const [checking, setChecking] = useState<string>()
  usePlayerKeys(player)

  useEffect(() => {
    if ((lessonId || showCourse) && !lessons) void loadCatalog().then(setLessons)
  }, [lessonId, showCourse, lessons])
  const lesson = lessons?.find((l) => l.meta.id === lessonId)

  const runCode = useCallback(
    (code: string, profile: HostProfile, onSettled?: Parameters<typeof controller.run>[2]) => {
      doc.saveNow()
      controller.run(code, { host: profile }, onSettled)
    },
    [doc, controller],
  )
  const run = useCallback(() => runCode(doc.code, host), [runCode, doc.code, host])

  const openDocument = useCallback(
    (info: DocumentInfo, andRun: boolean, code?: string): string => {
      const text = doc.info.id === info.id && code === undefined ? doc.code : doc.open(info, code)
      const profile = info.host ?? host
      if (info.host) setHost(info.host)
      if (andRun) runCode(text, profile)
      return text
    },
    [doc, host, runCode],
  )

  const checkExercise = useCallback(
    (block: number, checks: Check[], code: string) => {
      if (!lesson) return
      const key = `${lesson.meta.id}#${block}`
      setChecking(key)
      runCode(code, lesson.meta.host, (session) => {
        setChecking(undefined)
        const results: CheckResult[] = session
          ? evaluateChecks(checks, sessionFacts(session, code))
          : [{ check: checks[0]!, passed: false, message: 'The program does not compile yet: fix the error marked in the editor, then check again.' }]
        setCheckResults((all) => ({ ...all, [key]: results }))
      })
    },
    [lesson, runCode],
  )

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

  const navigate = (id: string | undefined) => {
    setShowCourse(false)
    setLessonId(id)
    if (!id && doc.info.id !== PLAYGROUND.id) doc.open(PLAYGROUND)
  }

  const session = controller.session
  const sidebar = lesson ? (
    <LessonPanel lesson={lesson} lessons={lessons!} onOpen={openDocument} onCheck={checkExercise} results={checkResults} checking={checking} onNavigate={navigate} />
  ) : showCourse || lessonId ? (
    lessons ? <CourseOutline lessons={lessons} current={lessonId} onOpen={navigate} /> : <p className="empty-state">Loading the course…</p>
  ) : null

  return (
    <div className="app">
      <Header running={controller.running} onRun={run} onStop={controller.stop} onCourse={() => (lesson ? navigate(undefined) : setShowCourse(!showCourse))} courseOpen={Boolean(sidebar)}>
        <HostPicker value={host} onChange={setHost} />
      </Header>
      <main className={`workspace${sidebar ? ' with-lesson' : ''}`}>
        {sidebar && (
          <section className="pane pane-lesson" aria-label="Lesson">
            {sidebar}
          </section>
        )}
        <Pane title="Editor" className="pane-editor" actions={<EditorToolbar doc={doc} />}>
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
