import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { EventKind } from '../../app/engine/trace/events.ts'
import { diagramModel } from '../../app/model/diagram.ts'
import { EventLoopDiagram } from '../../app/ui/diagram/EventLoopDiagram.tsx'
import { sessionOf } from './sessionOf.ts'

/**
 * Pictures as data: the diagram rendered to SVG markup and the timeline's
 * spans, for a set of programs at chosen steps, compared with golden files
 * (update them with `npx vitest run test/model/snapshots -u` after a
 * deliberate change, and look at the diff).
 */
const PROGRAMS: Record<string, { source: string; host?: 'node' | 'browser' }> = {
  'microtasks-before-timers': {
    source: `setTimeout(() => console.log('timeout'), 0)\nPromise.resolve().then(() => console.log('then'))\nqueueMicrotask(() => console.log('microtask'))\nconsole.log('sync')\n`,
  },
  'await-interleaving': {
    source: `async function a() { console.log('a1'); await null; console.log('a2') }\nasync function b() { console.log('b1'); await null; console.log('b2') }\na(); b(); console.log('end')\n`,
  },
  'node-phases': {
    source: `setTimeout(() => {\n  setImmediate(() => console.log('immediate'))\n  setTimeout(() => console.log('timeout'), 0)\n  process.nextTick(() => console.log('tick'))\n}, 5)\n`,
  },
  'fetch-concurrency': {
    source: `const urls = ['/a', '/b', '/c']\nconst results = await Promise.all(urls.map((u) => fetch(u).then((r) => r.json())))\nconsole.log(results.length)\n`,
  },
  'browser-frames': {
    source: `requestAnimationFrame(() => console.log('frame'))\nsetTimeout(() => console.log('timeout'), 0)\nconsole.log('script')\n`,
    host: 'browser',
  },
}

function normalise(svg: string): string {
  return svg.replace(/></g, '>\n<')
}

describe('diagram and timeline snapshots', () => {
  for (const [name, { source, host }] of Object.entries(PROGRAMS)) {
    test(`the diagram of ${name} at each callback start matches its golden SVG`, async () => {
      const session = sessionOf(source, host)
      const pictures: string[] = []
      for (let i = 0; i < session.trace.count; i++) {
        const kind = session.trace.kind[i]
        if (kind !== EventKind.TaskStart && kind !== EventKind.JobStart) continue
        const model = diagramModel(session, session.replayer.stateAt(i + 1))
        pictures.push(
          `<!-- event ${i} -->\n${normalise(renderToStaticMarkup(createElement(EventLoopDiagram, { model, onHover: () => undefined })))}`,
        )
      }
      expect(pictures.length).toBeGreaterThan(1)
      await expect(pictures.join('\n\n')).toMatchFileSnapshot(`golden/${name}.diagram.svg.txt`)
    })

    test(`the timeline of ${name} matches its golden layout`, async () => {
      const session = sessionOf(source, host)
      const layout = session.timeline
      const lanes = [...layout.loopLanes, ...layout.hostLanes, ...layout.coroutineLanes].map((lane) => lane.title)
      const spans: string[] = []
      for (let k = 0; k < layout.count; k++)
        spans.push(`${layout.lane[k]} ${layout.kind[k]} ${layout.start[k]}→${layout.end[k]} #${layout.seq[k]}`)
      await expect(`lanes: ${lanes.join(' | ')}\n${spans.join('\n')}\n`).toMatchFileSnapshot(`golden/${name}.timeline.txt`)
    })
  }
})

describe('the diagram keeps its cards inside their columns', () => {
  test('with many tasks ready and many timers waiting, every card ends above the column’s bottom and the rest are counted', () => {
    const source = [
      'for (let i = 0; i < 12; i++) setTimeout(() => {}, 10 + i)',
      'setTimeout(() => { for (let i = 0; i < 12; i++) setImmediate(() => {}) }, 1)',
    ].join('\n')
    const session = sessionOf(source)
    let checked = 0
    for (let i = 0; i < session.trace.count; i++) {
      const model = diagramModel(session, session.replayer.stateAt(i + 1))
      if (model.ready.items.length + model.ready.more < 4 || model.waiting.items.length + model.waiting.more < 4) continue
      const svg = renderToStaticMarkup(createElement(EventLoopDiagram, { model, onHover: () => undefined }))
      const columnBottom = Number(/height="([\d.]+)" rx="10" class="column-bg"/.exec(svg)![1]) + 44
      for (const match of svg.matchAll(/translate\(([\d.]+)px, ([\d.]+)px\)"[^>]*>\s*<rect width="[\d.]+" height="([\d.]+)"/g))
        expect(Number(match[2]) + Number(match[3])).toBeLessThanOrEqual(columnBottom)
      expect(svg).toMatch(/\+ \d+ more/)
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })
})
