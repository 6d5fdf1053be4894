import { expect, test } from '@playwright/test'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { loadCorpus } from '../conformance/corpus.ts'
import { stripTypes } from '../conformance/native.ts'

/**
 * Browser-profile conformance: each `@host browser` program runs natively in
 * headless Chromium (as a module script, console.log collected as strings)
 * and through the engine's browser profile; the printed lines must match.
 */
const programs = loadCorpus().filter((program) => program.host === 'browser')

test.describe('the browser profile prints what Chromium prints', () => {
  test('the corpus holds browser-host programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(15)
  })

  for (const program of programs) {
    test(`${program.name} prints the same lines in the engine as in Chromium`, async ({ page }) => {
      await page.setContent('<!doctype html><html><head><title>native</title></head><body></body></html>')
      await page.evaluate(() => {
        const lines: string[] = []
        ;(window as unknown as { __lines: string[] }).__lines = lines
        console.log = (...args: unknown[]) => {
          lines.push(args.map((arg) => String(arg)).join(' '))
        }
      })
      await page.addScriptTag({ content: stripTypes(program.source), type: 'module' })
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __lines: string[] }).__lines.includes('done')), { timeout: 5000 })
        .toBe(true)
      const native = await page.evaluate(() => (window as unknown as { __lines: string[] }).__lines)
      const engine = runInNode(program.source, { host: 'browser' })
        .stdout.split('\n')
        .filter((line) => line !== '')
      expect(engine).toEqual(native)
    })
  }
})

/** A rAF loop while 30 chunks of 3 ms run as MessageChannel tasks; prints the gaps between frames, in frames. */
const CHUNKED_FRAMES = `
const stamps: number[] = []
let working = true
function draw(ts: number) {
  stamps.push(ts)
  if (working) requestAnimationFrame(draw)
  else {
    const gaps = stamps.slice(1).map((t, i) => Math.round((t - stamps[i]!) / (1000 / 60)))
    console.log('frame gaps', gaps.join(','))
    console.log('done')
  }
}
requestAnimationFrame((ts) => {
  stamps.push(ts)
  requestAnimationFrame(draw)
  const { port1, port2 } = new MessageChannel()
  let chunk = 0
  port1.onmessage = () => {
    const end = performance.now() + 3
    while (performance.now() < end) {}
    if (++chunk < 30) port2.postMessage(null)
    else working = false
  }
  port2.postMessage(null)
})
`

function frameGaps(lines: readonly string[]): number[] {
  const line = lines.find((l) => l.startsWith('frame gaps '))
  return line ? line.slice('frame gaps '.length).split(',').map(Number) : []
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]

test.describe('the browser profile keeps Chromium’s frame cadence', () => {
  test('during 3 ms MessageChannel chunks a frame comes at every vsync, in the engine as in Chromium (rAF timestamps rounded to frames)', async ({
    page,
  }) => {
    await page.setContent('<!doctype html><html><head><title>native</title></head><body></body></html>')
    await page.evaluate(() => {
      const lines: string[] = []
      ;(window as unknown as { __lines: string[] }).__lines = lines
      console.log = (...args: unknown[]) => {
        lines.push(args.map((arg) => String(arg)).join(' '))
      }
    })
    await page.addScriptTag({ content: stripTypes(CHUNKED_FRAMES), type: 'module' })
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __lines: string[] }).__lines.includes('done')), { timeout: 10_000 })
      .toBe(true)
    const native = frameGaps(await page.evaluate(() => (window as unknown as { __lines: string[] }).__lines))
    const engine = frameGaps(runInNode(CHUNKED_FRAMES, { host: 'browser' }).stdout.split('\n'))
    // Chromium on a loaded machine may drop an odd frame; its typical gap is what the engine must show.
    expect(native.length).toBeGreaterThanOrEqual(5)
    expect(median(native)).toBe(1)
    expect(engine.length).toBeGreaterThanOrEqual(5)
    expect(engine.every((gap) => gap === 1)).toBe(true)
    expect(median(engine)).toBe(median(native))
  })
})
