import { useCallback, useEffect, useRef, useState } from 'react'
import { evaluateChecks, type CheckResult } from '../model/lessons/checks.ts'
import { sessionFacts } from '../model/lessons/runFacts.ts'
import type { Lesson } from '../model/lessons/types.ts'
import { ConsoleView } from './console/ConsoleView.tsx'
import { EventLoopDiagram } from './diagram/EventLoopDiagram.tsx'
import { Narration } from './diagram/Narration.tsx'
import { ErrorsView } from './console/ErrorsView.tsx'
import { VariablesView } from './console/VariablesView.tsx'
import { useVariables } from './run/useVariables.ts'
import { CodeEditor } from './editor/CodeEditor.tsx'
import type { CursorRequest, EditorMarker } from './editor/MonacoEditor.tsx'
import { typeErrorCount } from '../model/summary.ts'
import { loadCatalog } from './lessons/catalog.ts'
import { CourseOutline } from './lessons/CourseOutline.tsx'
import { firstProgram, LessonPanel, lessonDocumentTitle, type ExerciseChecks } from './lessons/LessonPanel.tsx'
import { playgroundFor, useEditorDocument, type DocumentInfo } from './persistence/useEditorDocument.ts'
import { usePreference } from './persistence/preferences.ts'
import { usePlayer } from './run/usePlayer.ts'
import { usePlayerKeys } from './run/usePlayerKeys.ts'
import { useRunController } from './run/useRunController.ts'
import type { RunSettings } from '../sandbox/page/runner.ts'
import { useStepView } from './run/useStepView.ts'
import { EditorToolbar } from './shell/EditorToolbar.tsx'
import { Header } from './shell/Header.tsx'
import { HostPicker, LanguagePicker, languageOf, type HostProfile } from './shell/HostPicker.tsx'
import { Pane } from './shell/Pane.tsx'
import { PlayerBar } from './shell/PlayerBar.tsx'
import { useLessonRoute } from './shell/useHashRoute.ts'
import { useNarrow, useProportions } from './shell/useLayout.ts'
import { Splitter } from './shell/Splitter.tsx'
import { useTheme } from './shell/useTheme.ts'
import { useLocale } from './shell/useLocale.ts'
import { AppMenu } from './shell/AppMenu.tsx'
import { ShareButton } from './shell/ShareButton.tsx'
import { ExamplesGallery } from './examples/ExamplesGallery.tsx'
import { loadExamples } from './examples/catalog.ts'
import type { Example } from '../model/examples.ts'
import { TimelineView } from './timeline/TimelineView.tsx'
import { t, type MessageKey } from '../i18n/index.ts'

/** The panes' English names (their ids and the phone tabs' keys) and their titles in the UI language. */
const PANE_TITLES: Record<string, MessageKey> = {
  Lesson: 'app.pane.lesson',
  Editor: 'app.pane.editor',
  'Event loop': 'app.pane.eventLoop',
  Timeline: 'app.pane.timeline',
  Console: 'app.pane.console',
}
/** How long typing must pause before the program is compiled ahead of Run. */
const PRECOMPILE_PAUSE_MS = 400

const paneTitle = (name: string) => t(PANE_TITLES[name] ?? 'app.pane.editor')

export function App() {
  const [locale, chooseLocale] = useLocale()
  const doc = useEditorDocument()
  const theme = useTheme()
  const dark = theme.dark
  const embed = new URLSearchParams(window.location.search).has('embed')
  const [host, setHost] = useState<HostProfile>(doc.info.host === 'python' ? 'python' : doc.linkHost === 'browser' ? 'browser' : 'node')
  const [typescriptHost, setTypescriptHost] = useState<'node' | 'browser'>(host === 'browser' ? 'browser' : 'node')
  const controller = useRunController(doc.openingProblem ?? (() => t('app.ready')))
  const [runMode, setRunMode] = usePreference('runMode')
  const [hostInternals, setHostInternals] = usePreference('hostInternals')
  const player = usePlayer(controller.session, controller.version, {
    play: controller.fromRun && runMode === 'watch',
    live: controller.live,
  })
  const [consoleTab, setConsoleTab] = useState<'console' | 'variables' | 'errors'>('console')
  const view = useStepView(controller.session, player.seq, controller.version, hostInternals, locale)
  const variables = useVariables(
    controller.session,
    player.seq,
    consoleTab === 'variables',
    controller.running,
    controller.inspectScopes,
    controller.canInspect,
  )
  const [hoverLine, setHoverLine] = useState<number>()
  const [lessonId, setLessonId] = useLessonRoute()
  const [panel, setPanel] = useState<'course' | 'examples' | undefined>()
  // Each kept with the UI language it was loaded in: a switch loads the other language's texts.
  const [loadedLessons, setLessons] = useState<{ locale: string; list: Lesson[] }>()
  const [loadedExamples, setExamples] = useState<{ locale: string; list: Example[] }>()
  const lessons = loadedLessons?.list
  const examples = loadedExamples?.list
  const [checkResults, setCheckResults] = useState<Record<string, CheckResult[]>>({})
  const [checking, setChecking] = useState<string>()
  usePlayerKeys(player)
  const narrow = useNarrow()
  const [proportions, setProportions] = useProportions()
  // A lesson link on a phone opens on the lesson, not on its code.
  const [tab, setTab] = useState(lessonId ? 'Lesson' : 'Editor')
  const [typeErrors, setTypeErrors] = useState<EditorMarker[]>([])
  const [cursorRequest, setCursorRequest] = useState<CursorRequest>()
  const showErrors = () => {
    setConsoleTab('errors')
    setTab('Console')
  }
  const workspaceRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if ((lessonId || panel === 'course') && loadedLessons?.locale !== locale)
      void loadCatalog(locale).then((list) => setLessons({ locale, list }))
    if (panel === 'examples' && loadedExamples?.locale !== locale) void loadExamples(locale).then((list) => setExamples({ locale, list }))
  }, [lessonId, panel, loadedLessons, loadedExamples, locale])
  const lesson = lessons?.find((l) => l.meta.id === lessonId)

  const runCode = useCallback(
    (code: string, settings: RunSettings, onSettled?: Parameters<typeof controller.run>[2]) => {
      doc.saveNow()
      controller.run(code, settings, onSettled)
    },
    [doc, controller],
  )
  const run = useCallback(() => {
    runCode(doc.code, { host })
    // On a small screen (or a small embed) Run shows what it is for: the program moving through the loop.
    if (narrow) setTab('Event loop')
  }, [runCode, doc.code, host, narrow])

  const openDocument = useCallback(
    (info: DocumentInfo, andRun: boolean, code?: string): string => {
      const text = doc.info.id === info.id && code === undefined ? doc.code : doc.open(info, code)
      const profile = info.host ?? host
      if (info.host) setHost(info.host)
      if (andRun) runCode(text, { host: profile })
      return text
    },
    [doc, host, runCode],
  )

  // Opening a lesson puts its first example in the editor (the playground is saved, and comes back
  // with “Back to the playground”), unless the editor already holds one of this lesson's programs.
  const codeOpenedFor = useRef<string | undefined>(undefined)
  const latestDocument = useRef({ openDocument, lessonId: doc.info.lessonId, locale })
  useEffect(() => {
    latestDocument.current = { openDocument, lessonId: doc.info.lessonId, locale }
  })
  useEffect(() => {
    if (!lessonId) {
      codeOpenedFor.current = undefined
      return
    }
    let current = true
    void loadCatalog(latestDocument.current.locale).then((all) => {
      const opened = all.find((l) => l.meta.id === lessonId)
      if (!current || !opened || codeOpenedFor.current === lessonId) return
      codeOpenedFor.current = lessonId
      const first = firstProgram(opened)
      if (first && latestDocument.current.lessonId !== lessonId) latestDocument.current.openDocument(first, false)
    })
    return () => {
      current = false
    }
  }, [lessonId])

  const checkExercise = useCallback(
    (block: number, exercise: ExerciseChecks, code: string) => {
      if (!lesson) return
      const key = `${lesson.meta.id}#${block}`
      setChecking(key)
      // A Python exercise runs as Python (the editor holds it as a Python document), on the same checks.
      const settings: RunSettings = { host: exercise.python ? 'python' : lesson.meta.host, budgets: { maxVirtualMs: exercise.timeLimitMs } }
      runCode(code, settings, (session) => {
        setChecking(undefined)
        const results: CheckResult[] = session
          ? evaluateChecks(exercise.checks, sessionFacts(session, code, exercise.timeLimitMs))
          : [{ passed: false, message: t('app.notCompiling') }]
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
    setPanel(undefined)
    setLessonId(id)
    const playground = playgroundFor(host)
    if (!id && doc.info.id !== playground.id) doc.open(playground)
  }

  // A pause in typing compiles the program, so Run goes straight to the sandbox.
  const precompile = controller.precompile
  useEffect(() => {
    if (host === 'python') return
    const timer = setTimeout(() => precompile(doc.code), PRECOMPILE_PAUSE_MS)
    return () => clearTimeout(timer)
  }, [host, doc.code, precompile])

  const prewarmPython = controller.prewarmPython
  useEffect(() => {
    if (host === 'python') prewarmPython()
  }, [host, prewarmPython])

  /** Switching language opens that language's playground (each keeps its own program). */
  const chooseLanguage = (language: 'typescript' | 'python') => {
    if (language === languageOf(host)) return
    const next: HostProfile = language === 'python' ? 'python' : typescriptHost
    // Python's start begins with the click, not after the page has re-rendered for it.
    if (next === 'python') prewarmPython()
    else controller.parkPython()
    setHost(next)
    const playground = playgroundFor(next)
    if (doc.info.id !== playground.id) doc.open(playground)
  }
  const chooseHost = (next: 'node' | 'browser') => {
    setTypescriptHost(next)
    setHost(next)
  }

  // A Python example switches the editor to Python, as a lesson's Python block does; the document
  // open before it (the TypeScript playground, say) is saved first and comes back with the picker.
  const openExample = (example: Example) => {
    if (example.language === 'typescript') setTypescriptHost(example.host)
    openDocument({ id: `example:${example.id}`, title: example.title, original: example.code, host: example.host }, false)
    controller.announce(t('app.openedExample', { title: example.title, teaser: example.teaser }))
  }

  const session = controller.session
  // An embed has no timeline (it is for a course page's column): no tab leads to an empty pane.
  const tabs = [...(lessonId || panel ? ['Lesson'] : []), 'Editor', 'Event loop', ...(embed ? [] : ['Timeline']), 'Console']
  const activeTab = tabs.includes(tab) ? tab : 'Editor'
  const sidebar = embed ? null : panel === 'examples' ? (
    examples ? (
      <ExamplesGallery examples={examples} language={languageOf(host)} onOpen={openExample} />
    ) : (
      <p className="empty-state">{t('app.loadingExamples')}</p>
    )
  ) : lesson && panel !== 'course' ? (
    <LessonPanel
      key={lesson.meta.id}
      lesson={lesson}
      lessons={lessons!}
      onOpen={openDocument}
      onCheck={checkExercise}
      results={checkResults}
      checking={checking}
      onNavigate={navigate}
    />
  ) : panel === 'course' || lessonId ? (
    lessons ? (
      <CourseOutline lessons={lessons} current={lessonId} onOpen={navigate} />
    ) : (
      <p className="empty-state">{t('app.loadingCourse')}</p>
    )
  ) : null
  const togglePanel = (name: 'course' | 'examples') => setPanel(panel === name ? undefined : name)
  const nav = embed ? null : (
    <nav className="header-nav" aria-label={t('app.sections')}>
      <button
        type="button"
        className="button ghost"
        aria-pressed={panel === 'course' || (lessonId !== undefined && panel === undefined)}
        onClick={() => (lessonId && panel === undefined ? navigate(undefined) : togglePanel('course'))}
      >
        {t('app.lessons')}
      </button>
      <button type="button" className="button ghost" aria-pressed={panel === 'examples'} onClick={() => togglePanel('examples')}>
        {t('app.examples')}
      </button>
    </nav>
  )
  const trailing = embed ? (
    <a className="button" href={`./${window.location.hash}`} target="_blank" rel="noreferrer">
      {t('app.openInLooplab')}
    </a>
  ) : (
    <>
      <ShareButton code={doc.code} host={host} lesson={lessonId} />
      <AppMenu
        doc={doc}
        controller={controller}
        theme={theme}
        report={controller.announce}
        locale={{ current: locale, choose: chooseLocale }}
        onTraceOpened={(source, profile, name) => {
          doc.open({ id: `trace:${name}`, title: t('app.traceTitle', { name }), original: source, host: profile })
          setHost(profile)
        }}
      />
    </>
  )

  return (
    <div className={embed ? 'app embed' : 'app'}>
      <Header running={controller.running} onRun={run} onStop={controller.stop} nav={nav} trailing={trailing}>
        <LanguagePicker value={languageOf(host)} onChange={chooseLanguage} />
        {host !== 'python' && <HostPicker value={host} onChange={chooseHost} />}
      </Header>
      {narrow && (
        <div className="tabs" role="tablist" aria-label={t('app.panes')}>
          {tabs.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              aria-selected={activeTab === tab}
              aria-controls={`pane-${tab.toLowerCase().replace(/\W+/g, '-')}-region`}
              className={activeTab === tab ? 'selected' : ''}
              onClick={() => setTab(tab)}
            >
              {paneTitle(tab)}
            </button>
          ))}
        </div>
      )}
      <main ref={workspaceRef} className={`workspace${sidebar ? ' with-lesson' : ''}${embed ? ' embed' : ''}${narrow ? ' narrow' : ''}`}>
        {sidebar && (
          <section
            className="pane pane-lesson"
            aria-label={paneTitle('Lesson')}
            style={{ flex: `${proportions.lesson} 1 0` }}
            hidden={narrow && activeTab !== 'Lesson'}
            id="pane-lesson-region"
          >
            {sidebar}
          </section>
        )}
        {sidebar && !narrow && (
          <Splitter
            label={t('app.resizeLesson')}
            orientation="vertical"
            value={proportions.lesson}
            onChange={(v) => setProportions({ lesson: v })}
            container={() => workspaceRef.current}
            style={{}}
          />
        )}
        <div
          className="column column-code"
          hidden={narrow && activeTab !== 'Editor' && activeTab !== 'Console'}
          style={{ flex: `${(1 - (sidebar ? proportions.lesson : 0)) * proportions.editor} 1 0` }}
        >
          <Pane
            name="Editor"
            title={paneTitle('Editor')}
            className="pane-editor"
            actions={embed ? undefined : <EditorToolbar doc={doc} title={lessonDocumentTitle(lessons, doc.info)} />}
            style={{ flex: `${proportions.editorRows} 1 0` }}
            hidden={narrow && activeTab !== 'Editor'}
          >
            <CodeEditor
              value={doc.code}
              onChange={doc.setCode}
              onRun={run}
              dark={dark}
              currentLine={view.line}
              hoverLine={hoverLine}
              markers={controller.markers}
              onTypeErrors={setTypeErrors}
              cursor={cursorRequest}
              language={languageOf(host)}
            />
          </Pane>
          {!narrow && (
            <Splitter
              label={t('app.resizeEditor')}
              orientation="horizontal"
              value={proportions.editorRows}
              onChange={(v) => setProportions({ editorRows: v })}
              container={() => workspaceRef.current?.querySelector('.column-code') ?? null}
              style={{}}
            />
          )}
          <Pane
            name="Console"
            title={paneTitle('Console')}
            className="pane-console"
            style={{ flex: `${1 - proportions.editorRows} 1 0` }}
            hidden={narrow && activeTab !== 'Console'}
            hideTitle
            actions={
              <div className="pane-tabs" role="tablist" aria-label={t('app.consoleAndErrors')}>
                <button
                  type="button"
                  role="tab"
                  id="console-tab-output"
                  aria-selected={consoleTab === 'console'}
                  aria-controls="console-panel"
                  onClick={() => setConsoleTab('console')}
                >
                  {t('app.consoleTab')}
                </button>
                <button
                  type="button"
                  role="tab"
                  id="console-tab-variables"
                  aria-selected={consoleTab === 'variables'}
                  aria-controls="console-panel"
                  onClick={() => setConsoleTab('variables')}
                >
                  {t('app.variablesTab')}
                </button>
                <button
                  type="button"
                  role="tab"
                  id="console-tab-errors"
                  aria-selected={consoleTab === 'errors'}
                  aria-controls="console-panel"
                  onClick={() => setConsoleTab('errors')}
                >
                  {t('app.errorsTab')}
                  {typeErrors.length > 0 && <span className="count-badge">{typeErrors.length}</span>}
                </button>
              </div>
            }
          >
            <div
              id="console-panel"
              role="tabpanel"
              className="console-panel"
              aria-labelledby={`console-tab-${consoleTab === 'console' ? 'output' : consoleTab}`}
            >
              {consoleTab === 'variables' ? (
                <VariablesView state={variables} />
              ) : consoleTab === 'errors' ? (
                <ErrorsView errors={typeErrors} onSelect={(error) => setCursorRequest({ line: error.line, column: error.column })} />
              ) : session ? (
                <ConsoleView
                  lines={session.console.lines}
                  visible={view.consoleVisible}
                  onSelect={(line) => player.jumpToEvent(line.seq)}
                />
              ) : (
                <div role="log" aria-label={t('app.programOutput')} className="console-log">
                  <p className="empty-state">{t('app.outputHere')}</p>
                </div>
              )}
            </div>
          </Pane>
        </div>
        {!narrow && (
          <Splitter
            label={t('app.resizeEditorColumn')}
            orientation="vertical"
            value={proportions.editor}
            onChange={(v) => setProportions({ editor: v })}
            container={() => workspaceRef.current}
            style={{}}
          />
        )}
        <div
          className="column column-visuals"
          hidden={narrow && activeTab !== 'Event loop' && activeTab !== 'Timeline'}
          style={{ flex: `${(1 - (sidebar ? proportions.lesson : 0)) * (1 - proportions.editor)} 1 0` }}
        >
          <Pane
            name="Event loop"
            title={paneTitle('Event loop')}
            className="pane-loop"
            actions={
              <label className="pane-toggle" title={t('app.internalsTitle')}>
                <input type="checkbox" checked={hostInternals} onChange={(e) => setHostInternals(e.currentTarget.checked)} />
                {t('app.showInternals')}
              </label>
            }
            // Alone in its column when embedded (no timeline): it takes the whole height.
            style={{ flex: embed ? '1 1 0' : `${proportions.loopRows} 1 0` }}
            hidden={narrow && activeTab !== 'Event loop'}
          >
            {view.diagram ? (
              <div className="loop-view">
                <EventLoopDiagram
                  model={view.diagram}
                  onHover={(item) => setHoverLine(item ? session?.labels.line(item.loc) : undefined)}
                />
                <Narration text={view.narration} loop={view.loop} causes={view.causes} onJump={player.jumpToEvent} />
              </div>
            ) : (
              <p className="empty-state">{t('app.runToSee')}</p>
            )}
          </Pane>
          {!narrow && !embed && (
            <Splitter
              label={t('app.resizeDiagram')}
              orientation="horizontal"
              value={proportions.loopRows}
              onChange={(v) => setProportions({ loopRows: v })}
              container={() => workspaceRef.current?.querySelector('.column-visuals') ?? null}
              style={{}}
            />
          )}
          <Pane
            name="Timeline"
            title={paneTitle('Timeline')}
            className="pane-timeline"
            style={{ flex: `${1 - proportions.loopRows} 1 0` }}
            hidden={embed || (narrow && activeTab !== 'Timeline')}
          >
            {session ? (
              <TimelineView
                session={session}
                version={controller.version}
                cursor={view.time}
                cursorSeq={player.seq}
                atNewest={player.following}
                onJump={player.jumpToEvent}
                dark={dark}
              />
            ) : (
              <p className="empty-state">{t('app.timelineEmpty')}</p>
            )}
          </Pane>
        </div>
      </main>
      <footer className="app-footer">
        <PlayerBar player={player} runToEnd={runMode === 'end'} onRunToEnd={(end) => setRunMode(end ? 'end' : 'watch')} />
        <p role="status" className={`status-line tone-${controller.tone}`}>
          {controller.status}
          {typeErrors.length > 0 && (
            <>
              {' '}
              <button type="button" className="link-button type-error-count" onClick={showErrors}>
                {typeErrorCount(typeErrors.length)}
              </button>
            </>
          )}
        </p>
      </footer>
    </div>
  )
}
