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

interface Props {
  doc: EditorDocument
  controller: RunController
  theme: { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void; dark: boolean }
  onTraceOpened: (source: string, host: 'node' | 'browser' | 'python', name: string) => void
  report: (message: string) => void
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')

/** File, export and appearance actions, in one menu. */
export function AppMenu({ doc, controller, theme, onTraceOpened, report }: Props) {
  const session = controller.session
  const finished = session !== undefined && !session.live

  const exportDiagram = async (format: 'svg' | 'png') => {
    const svg = document.querySelector<SVGSVGElement>('svg.loop-diagram')
    if (!svg) return report('Run a program first: there is no diagram to export yet.')
    const markup = standaloneSvg(svg, theme.dark ? '#171a23' : '#ffffff')
    if (format === 'svg') return download(`looplab-diagram-${stamp()}.svg`, markup, 'image/svg+xml')
    const box = svg.viewBox.baseVal
    download(`looplab-diagram-${stamp()}.png`, await svgToPng(markup, box.width, box.height))
  }

  const exportTimeline = async (format: 'svg' | 'png') => {
    if (!session) return report('Run a program first: there is no timeline to export yet.')
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
      controller.show(opened, `Opened the trace ${file.name}: ${runSummary(opened)}`)
    } catch (error) {
      report(`${file.name} could not be opened: ${(error as Error).message}`)
    }
  }

  const items: (MenuItem | 'separator')[] = [
    {
      label: 'Open a program file…',
      onSelect: () =>
        void pickTextFile('.ts,.js,.mts,.mjs,text/plain').then((file) => {
          if (file) doc.setCode(file.text)
        }),
    },
    {
      label: 'Save the program as a file',
      onSelect: () =>
        download(doc.info.id === 'playground' ? 'program.ts' : `${doc.info.id.replace(/[^\w-]+/g, '-')}.ts`, doc.code, 'text/plain'),
    },
    'separator',
    { label: 'Open a Looplab trace…', onSelect: () => void openTrace() },
    {
      label: 'Export the trace (Looplab JSON)',
      disabled: !finished,
      onSelect: () =>
        session &&
        download(
          `looplab-trace-${stamp()}.json`,
          JSON.stringify(writeTraceFile(session.batches, session.program, session.host, session.outcome)),
        ),
    },
    {
      label: 'Export for Perfetto / Chrome DevTools',
      disabled: !finished,
      onSelect: () =>
        session &&
        download(`looplab-chrome-trace-${stamp()}.json`, JSON.stringify(toChromeTrace(session.trace, session.program, session.host))),
    },
    { label: 'Export the diagram (SVG)', disabled: !session, onSelect: () => void exportDiagram('svg') },
    { label: 'Export the diagram (PNG)', disabled: !session, onSelect: () => void exportDiagram('png') },
    { label: 'Export the timeline (SVG)', disabled: !session, onSelect: () => void exportTimeline('svg') },
    { label: 'Export the timeline (PNG)', disabled: !session, onSelect: () => void exportTimeline('png') },
    'separator',
    { label: `Theme: follow the system${theme.choice === 'system' ? ' ✓' : ''}`, onSelect: () => theme.setChoice('system') },
    { label: `Theme: light${theme.choice === 'light' ? ' ✓' : ''}`, onSelect: () => theme.setChoice('light') },
    { label: `Theme: dark${theme.choice === 'dark' ? ' ✓' : ''}`, onSelect: () => theme.setChoice('dark') },
  ]
  return (
    <Menu label="More actions" items={items}>
      More ▾
    </Menu>
  )
}
