import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { setLocale } from '../../app/i18n/index.ts'
import { diagramModel } from '../../app/model/diagram.ts'
import { causeChain, narrate } from '../../app/model/narration.ts'
import { loopLine, PROFILES } from '../../app/model/profiles.ts'
import type { TraceSession } from '../../app/model/session.ts'
import { runSummary } from '../../app/model/summary.ts'
import { sessionOf } from '../model/sessionOf.ts'

/** A program that touches most of what the narration words: timers, promises, await, microtasks, a cancelled timer, fetch, a crash. */
const PROGRAM = `
async function load(id: number) {
  const response = await fetch('https://api.example.com/users/' + id)
  return response.status
}
async function main() {
  console.log('start')
  const timer = setTimeout(() => console.log('never'), 50)
  clearTimeout(timer)
  setTimeout(() => console.log('timeout'), 10)
  setImmediate(() => console.log('immediate'))
  process.nextTick(() => console.log('tick'))
  queueMicrotask(() => console.log('microtask'))
  Promise.resolve(1).then((v) => console.log('then', v)).catch(() => {}).finally(() => {})
  Promise.resolve(Promise.resolve(2)).then(() => console.log('adopted'))
  const status = await load(1)
  console.log('status', status)
  await new Promise((resolve) => setTimeout(resolve, 20))
  throw new Error('boom')
}
main()
`

/** Words a Chinese sentence may keep: code terms, names and units Chinese developers write in English. */
const KEPT = new Set(
  'Promise Promises await async then catch finally return yield Node Node.js Looplab CPU I/O nextTick setTimeout setInterval setImmediate queueMicrotask requestAnimationFrame process thenable worker timers poll check main module Error boom ms exit code'.split(
    ' ',
  ),
)

/** What is left of a sentence once quoted output, the program's own code and kept terms are taken out. */
function leftovers(text: string, code: readonly string[]): string[] {
  // Quoted output, and requests as the program wrote them (`GET api.example.com/users/1`).
  let rest = text.replace(/“[^”]*”/g, ' ').replace(/\b(?:GET|POST|PUT|DELETE|PATCH) \S+/g, ' ')
  for (const piece of code) rest = rest.split(piece).join(' ')
  const runs = rest.match(/[A-Za-z][\w.()/-]*(?:[ ,]+[A-Za-z][\w.()/-]*)+/g) ?? []
  return runs.filter((run) => run.split(/[ ,]+/).filter((word) => !KEPT.has(word.replace(/[().]+$/, ''))).length >= 2)
}

function everythingSaid(session: TraceSession): string[] {
  const said: string[] = [runSummary(session)]
  for (let i = 0; i < session.trace.count; i++) {
    said.push(narrate(i, session.trace, session.labels, session.facts))
    for (const cause of causeChain(i, session.trace, session.labels, session.facts)) said.push(cause.text)
    const state = session.replayer.stateAt(i + 1)
    const model = diagramModel(session, state)
    for (const column of [model.stack, model.microtasks, model.ticks, model.ready, model.waiting])
      for (const item of column.items) said.push(item.title, item.detail)
    const loop = loopLine(session.host, state)
    said.push(loop.help, ...loop.steps.map((step) => step.label))
  }
  const wording = PROFILES[session.host]
  said.push(wording.title, ...wording.ready, ...wording.waiting, wording.readyEmpty, wording.waitingEmpty)
  said.push(...wording.pills.map((pill) => pill.description), ...Object.values(wording.columns).flatMap((c) => [c.long, c.short]))
  return said.filter((text) => text !== '')
}

describe('a run narrated in Simplified Chinese', () => {
  let session: TraceSession
  let code: string[]
  beforeAll(() => {
    setLocale('zh-CN')
    session = sessionOf(PROGRAM)
    code = [...session.program.locations.keys()]
      .map((loc) => session.labels.code(loc))
      .filter((piece) => piece.length > 0)
      .sort((a, b) => b.length - a.length)
  })
  afterAll(() => setLocale('en'))

  test('says every step, cause, summary and diagram label in Chinese, leaving no English sentence', () => {
    const said = everythingSaid(session)
    expect(said.length).toBeGreaterThan(50)
    const english = said.flatMap((text) => leftovers(text, code).map((run) => `${run}  ← ${text}`))
    expect(english).toEqual([])
  })

  test('is mostly Chinese characters, so the check above is not passing on empty words', () => {
    const narration = Array.from({ length: session.trace.count }, (_, i) => narrate(i, session.trace, session.labels, session.facts)).join(
      '',
    )
    const han = narration.match(/\p{Script=Han}/gu)?.length ?? 0
    expect(han).toBeGreaterThan(narration.length / 4)
  })

  test('finds the English sentences the same run says when the UI is in English', () => {
    setLocale('en')
    try {
      const english = everythingSaid(session).flatMap((text) => leftovers(text, code))
      expect(english.length).toBeGreaterThan(20)
    } finally {
      setLocale('zh-CN')
    }
  })
})
