import { toChromeTrace } from '../../engine/trace/chrome.ts'
import { readTraceFile, writeTraceFile } from '../../engine/trace/file.ts'
import { TraceSession } from '../../model/session.ts'
import { runSummary } from '../../model/summary.ts'
import { download, pickTextFile } from '../export/download.ts'
import { standaloneSvg, svgToPng } from '../export/svgImage.ts'
import { timelineSvg } from '../export/timelineSvg.ts'
import type { EditorDocument } from '../persistence/useEditorDocument.ts'
import type { RunController } from '../run/useRunController.ts'
import { Menu, type MenuItem } from './Menu.tsx'
import type { ThemeChoice } from './useTheme.ts'
import { LOCALE_NAMES, LOCALES, t, type Locale } from '../../i18n/index.ts'

interface Props {
  doc: EditorDocument
  controller: RunController
  theme: { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void; dark: boolean }
  onTraceOpened: (source: string, host: 'node' | 'browser' | 'python', name: string) => void
  report: (message: string) => void
  locale: { current: Locale; choose: (locale: Locale) => void }
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')

/** File, export and appearance actions, in one menu. */
export function AppMenu({ doc, controller, theme, onTraceOpened, report, locale }: Props) {
  const session = controller.session
  const finished = session !== undefined && !session.live

  const exportDiagram = async (format: 'svg' | 'png') => {
    const svg = document.querySelector<SVGSVGElement>('svg.loop-diagram')
    if (!svg) return report(t('menu.noDiagram'))
    const markup = standaloneSvg(svg, theme.dark ? '#171a23' : '#ffffff')
    if (format === 'svg') return download(`looplab-diagram-${stamp()}.svg`, markup, 'image/svg+xml')
    const box = svg.viewBox.baseVal
    download(`looplab-diagram-${stamp()}.png`, await svgToPng(markup, box.width, box.height))
  }

  const exportTimeline = async (format: 'svg' | 'png') => {
    if (!session) return report(t('menu.noTimeline'))
    const picture = timelineSvg(session)
    if (format === 'svg') return download(`looplab-timeline-${stamp()}.svg`, picture.markup, 'image/svg+xml')
    download(`looplab-timeline-${stamp()}.png`, await svgToPng(picture.markup, picture.width, picture.height))
  }

  const openTrace = async () => {
    const file = await pickTextFile('.json,application/json')
    if (!file) return
    try {
      const { batch, program, host, outcome } = readTraceFile(JSON.parse(file.text))
      const opened = new TraceSession(program, host)
      opened.append(batch)
      opened.finish(outcome ?? { exitCode: 0, reason: 0 })
      onTraceOpened(program.source, host, file.name)
      controller.show(opened, () => t('menu.opened', { name: file.name, summary: runSummary(opened) }))
    } catch (error) {
      report(t('menu.openFailed', { name: file.name, message: (error as Error).message }))
    }
  }

  const items: (MenuItem | 'separator')[] = [
    {
      label: t('menu.openProgram'),
      onSelect: () =>
        void pickTextFile('.ts,.js,.mts,.mjs,text/plain').then((file) => {
          if (file) doc.setCode(file.text)
        }),
    },
    {
      label: t('menu.saveProgram'),
      onSelect: () =>
        download(doc.info.id === 'playground' ? 'program.ts' : `${doc.info.id.replace(/[^\w-]+/g, '-')}.ts`, doc.code, 'text/plain'),
    },
    'separator',
    { label: t('menu.openTrace'), onSelect: () => void openTrace() },
    {
      label: t('menu.exportTrace'),
      disabled: !finished,
      onSelect: () =>
        session &&
        download(
          `looplab-trace-${stamp()}.json`,
          JSON.stringify(writeTraceFile(session.batches, session.program, session.host, session.outcome)),
        ),
    },
    {
      label: t('menu.exportChrome'),
      disabled: !finished,
      onSelect: () =>
        session &&
        download(`looplab-chrome-trace-${stamp()}.json`, JSON.stringify(toChromeTrace(session.trace, session.program, session.host))),
    },
    { label: t('menu.diagramSvg'), disabled: !session, onSelect: () => void exportDiagram('svg') },
    { label: t('menu.diagramPng'), disabled: !session, onSelect: () => void exportDiagram('png') },
    { label: t('menu.timelineSvg'), disabled: !session, onSelect: () => void exportTimeline('svg') },
    { label: t('menu.timelinePng'), disabled: !session, onSelect: () => void exportTimeline('png') },
    'separator',
    { label: t('menu.themeSystem') + (theme.choice === 'system' ? ' ✓' : ''), onSelect: () => theme.setChoice('system') },
    { label: t('menu.themeLight') + (theme.choice === 'light' ? ' ✓' : ''), onSelect: () => theme.setChoice('light') },
    { label: t('menu.themeDark') + (theme.choice === 'dark' ? ' ✓' : ''), onSelect: () => theme.setChoice('dark') },
    'separator',
    ...LOCALES.map((code) => ({
      label: t('menu.language', { name: LOCALE_NAMES[code] }) + (locale.current === code ? ' ✓' : ''),
      onSelect: () => locale.choose(code),
    })),
  ]
  return (
    <Menu label={t('menu.moreActions')} items={items}>
      {t('menu.more')} ▾
    </Menu>
  )
}
