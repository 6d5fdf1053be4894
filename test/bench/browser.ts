import { chromium, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { writeTraceFile } from '../../app/engine/trace/file.ts'
import lzString from 'lz-string'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs'
import { nativePythonMs, PYTHON_WORKLOADS } from './python.ts'

/**
 * Browser figures, in headless Chromium against the built app (`dist/`):
 * load cost, click-to-first-frame, big traces, stepping and timeline frames.
 */
const PORT = Number(process.env.LOOPLAB_BENCH_PORT ?? 4188)
const ROOT = join(import.meta.dirname, '../..')

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function startServer(): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  })
  // npx starts vite as a child: end the whole group, or the server outlives the benchmark.
  const kill = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      server.kill()
    }
  }
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`)
      return kill
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  kill()
  throw new Error('vite preview did not start')
}

/** Load figures: JS before first paint (gzip), first paint, editor editable. */
async function measureLoad(page: Page): Promise<{ jsBeforePaintGzip: number; firstPaint: number; editable: number }> {
  const t0 = Date.now()
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 60_000 })
  const editable = Date.now() - t0
  const { fcp, scripts } = await page.evaluate(() => {
    const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
    const fcp = paint?.startTime ?? NaN
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
      .filter((e) => e.startTime < fcp)
      .map((e) => new URL(e.name).pathname)
    return { fcp, scripts }
  })
  const gzip = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(ROOT, 'dist', path))).length, 0)
  return { jsBeforePaintGzip: gzip, firstPaint: fcp, editable }
}

/** Time from clicking Run to the first diagram frame on the page. */
async function clickToFirstFrame(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const run = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run')!
    const before = document.querySelector('svg.loop-diagram')
    const t0 = performance.now()
    run.click()
    return new Promise<number>((resolve) => {
      const check = () => {
        const svg = document.querySelector('svg.loop-diagram')
        if (svg && svg !== before) resolve(performance.now() - t0)
        else if (svg && before && document.querySelector('[role=status]')?.textContent?.startsWith('Finished'))
          resolve(performance.now() - t0)
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
  })
}

async function openTrace(page: Page, file: string): Promise<number> {
  await page.getByRole('button', { name: 'More ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  const t0 = Date.now()
  await page.getByRole('menuitem', { name: 'Open a Looplab trace…' }).click()
  await (await chooser).setFiles(file)
  await page.getByRole('status').filter({ hasText: 'Opened the trace' }).waitFor({ timeout: 120_000 })
  await page.locator('svg.loop-diagram').waitFor()
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  return Date.now() - t0
}

/** Jumps to random steps with the slider; time until the diagram has changed (the model's work plus React's render). */
async function jumpTimes(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const slider = document.querySelector<HTMLInputElement>('input[aria-label="Step"]')!
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the native value setter, called on the slider so React sees a real input
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const max = Number(slider.max)
    const times: number[] = []
    let seed = 7
    for (let i = 0; i < n; i++) {
      seed = (seed * 48271) % 2147483647
      const target = seed % (max + 1)
      const t0 = performance.now()
      setter.call(slider, String(target))
      slider.dispatchEvent(new Event('input', { bubbles: true }))
      await Promise.resolve()
      times.push(performance.now() - t0)
      await new Promise((r) => setTimeout(r, 0))
    }
    return times
  }, count)
}

/** Frame intervals while the timeline is zoomed and panned with the wheel. */
async function panZoomFrames(page: Page): Promise<number[]> {
  const canvas = page.locator('canvas.timeline-canvas')
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 20)
  const frames = page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const intervals: number[] = []
        let last = performance.now()
        const start = last
        const tick = (now: number) => {
          intervals.push(now - last)
          last = now
          if (now - start < 2500) requestAnimationFrame(tick)
          else resolve(intervals)
        }
        requestAnimationFrame(tick)
      }),
  )
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -120 : 120)
  for (let i = 0; i < 30; i++) {
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + (i % 2 ? 80 : -80), box.y + 20, { steps: 4 })
    await page.mouse.up()
  }
  return frames
}

/**
 * Python in a fresh context (nothing cached): click Run → first diagram frame for the first
 * Python run (fetching and starting Pyodide included), then warm clicks on the same page.
 */
async function pythonClicks(page: Page): Promise<{ cold: number; warm: number[]; rested: number[] }> {
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached', timeout: 60_000 })
  await page.getByRole('checkbox', { name: 'Run to end' }).check()
  // Counted in the page from the switch to Python (which starts fetching Pyodide) to the first
  // diagram frame, Run clicked right after the switch (the page's clock: Playwright's round trips
  // to a busy page would add a few hundred ms that are not the learner's).
  const language = page.getByRole('combobox', { name: 'Language' })
  await language.evaluate((select) => {
    const times = window as unknown as { coldSwitchedAt?: number; coldFrameAt?: number }
    select.addEventListener(
      'change',
      () => {
        times.coldSwitchedAt = performance.now()
        const check = () => {
          if (document.querySelector('svg.loop-diagram')) times.coldFrameAt = performance.now()
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      },
      { once: true },
    )
  })
  await language.selectOption('python')
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(PYTHON_CLICK_PROGRAM)
  // Run waits while Python starts (the button is disabled until then): click when it can be.
  await page.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 60_000 })
  await page.locator('svg.loop-diagram').waitFor({ timeout: 60_000 })
  const cold = await page.evaluate(() => {
    const times = window as unknown as { coldSwitchedAt?: number; coldFrameAt?: number }
    return (times.coldFrameAt ?? NaN) - (times.coldSwitchedAt ?? NaN)
  })
  await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 120_000 })
  // Each run uses up a sandbox; the spare that replaces it needs about 2 s to start Python.
  // Clicked 800 ms apart, a run may wait for that start; clicked 3 s apart, it never does.
  const warm = await pacedPythonClicks(page, 800, 5)
  const rested = await pacedPythonClicks(page, 3000, 3)
  return { cold, warm, rested }
}

async function pacedPythonClicks(page: Page, pauseMs: number, count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    await page.waitForTimeout(pauseMs)
    times.push(await clickToFirstFrame(page))
    await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 60_000 })
  }
  return times
}

/**
 * The await-heavy Python workload run in the app, as a learner runs it: opened from a share link,
 * Run clicked, until the status says Finished (the sandbox's traced run, the batches' transfer and
 * the page's decoding and first frame). Median of three, each on a fresh load.
 */
async function pythonWorkloadInApp(page: Page, source: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/#code=${lzString.compressToEncodedURIComponent(source)}&lang=py`)
    await page.reload()
    await page.getByRole('checkbox', { name: 'Run to end' }).check()
    // The sandbox starts Python from its snapshot meanwhile; Run is enabled once it can run.
    await page.getByRole('button', { name: 'Run', exact: true }).click({ trial: true, timeout: 60_000 })
    await page.waitForTimeout(3000)
    times.push(
      await page.evaluate(async () => {
        const run = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Run')!
        const t0 = performance.now()
        run.click()
        // The status said Finished before (the page keeps the last run): wait for it to leave, then to come back.
        let left = false
        return new Promise<number>((resolve) => {
          const check = () => {
            const finished = document.querySelector('[role=status]')?.textContent?.startsWith('Finished') ?? false
            if (!finished) left = true
            if (finished && left) resolve(performance.now() - t0)
            else requestAnimationFrame(check)
          }
          check()
        })
      }),
    )
  }
  return percentile(times, 50)
}

// No indented lines: the editor's auto-indent would shift typed ones.
const PYTHON_CLICK_PROGRAM = `import asyncio
asyncio.run(asyncio.sleep(0.02))
print('slept', 20, 'ms')
`

function traceFile(source: string, dir: string, name: string): { path: string; events: number } {
  const result = runInNode(source, { host: 'node', budgets: { maxSteps: 1e9, maxEvents: 1e9, maxWallMs: 600_000 } }, { encodedOnly: true })
  const file = writeTraceFile(result.batches, result.program!, 'node', { exitCode: result.exitCode, reason: result.outcome!.reason })
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(file))
  return { path, events: file.eventCount }
}

/**
 * How long this machine takes to touch 300 MB of fresh memory (one write per page), in ms. Starting
 * Python copies and faults in tens of MB per sandbox, so its figures follow this one: it is printed
 * beside them to tell a slow machine from a slow Looplab.
 */
function memoryTouchMs(): number {
  const started = performance.now()
  const bytes = new Uint8Array(300 * 1024 * 1024)
  for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1
  return performance.now() - started
}

const chromiumPath = await findChromium()
if (!chromiumPath) throw new Error('No Chromium found for the browser benchmark.')
const stop = await startServer()
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
try {
  const rows: string[][] = [['measure', 'value', 'target']]
  // Each figure is printed as soon as it is measured (the table follows at the end).
  const push = rows.push.bind(rows)
  rows.push = (...added: string[][]) => {
    for (const row of added) console.log(`… ${row.join(' — ')}`)
    return push(...added)
  }
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  // tsx names inline functions with a helper; the functions sent to the page need it too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  const page = await context.newPage()
  const cold = await measureLoad(page)
  await page.waitForTimeout(1500)
  const warm = await measureLoad(page)
  rows.push(['JS before first paint (gzip)', `${(cold.jsBeforePaintGzip / 1024).toFixed(0)} KB`, '≤ 250 KB'])
  rows.push(['first paint, cold / warm', `${cold.firstPaint.toFixed(0)} / ${warm.firstPaint.toFixed(0)} ms`, ''])
  rows.push(['editable editor, cold / warm', `${cold.editable} / ${warm.editable} ms`, ''])

  await page.waitForTimeout(2500)
  const firstClick = await clickToFirstFrame(page)
  await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor()
  await page.waitForTimeout(800)
  const warmClicks: number[] = []
  for (let i = 0; i < 5; i++) {
    warmClicks.push(await clickToFirstFrame(page))
    await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor()
    await page.waitForTimeout(800)
  }
  rows.push([
    'click Run → first diagram frame, first / warm median',
    `${firstClick.toFixed(0)} / ${percentile(warmClicks, 50).toFixed(0)} ms`,
    '< 100 ms warm',
  ])

  const pythonContext = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await pythonContext.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  const pythonPage = await pythonContext.newPage()
  const python = await pythonClicks(pythonPage)
  const awaits = PYTHON_WORKLOADS[0]!
  const inApp = await pythonWorkloadInApp(pythonPage, awaits.source)
  const native = nativePythonMs(awaits.source)
  await pythonContext.close()
  rows.push([
    'this machine: touch 300 MB of new memory (Python starts copy and fault in tens of MB)',
    `${memoryTouchMs().toFixed(0)} ms`,
    '',
  ])
  rows.push([
    'Python: switch to Python and Run → first diagram frame, cold (Pyodide fetched, started) / warm median, clicks 0.8 s apart / 3 s apart',
    `${python.cold.toFixed(0)} / ${percentile(python.warm, 50).toFixed(0)} / ${percentile(python.rested, 50).toFixed(0)} ms`,
    '≤ 3000 / ≤ 200 ms',
  ])
  rows.push([
    `Python "${awaits.name}" in the app: click Run → Finished (traced run, transfer, decode) / python3`,
    `${inApp.toFixed(0)} / ${native.toFixed(0)} ms (${(inApp / native).toFixed(1)}×)`,
    '',
  ])

  const dir = mkdtempSync(join(tmpdir(), 'looplab-bench-'))
  const big = traceFile(
    `let n = 0\nfor (let i = 0; i < 340_000; i++) { n += i; if (i % 1000 === 0) await null }\nconsole.log(n)`,
    dir,
    'big.json',
  )
  const bigMs = await openTrace(page, big.path)
  rows.push([`open a ${(big.events / 1e6).toFixed(2)}M-event trace → first paint`, `${bigMs} ms`, ''])

  const medium = traceFile(
    `let n = 0\nfor (let i = 0; i < 33_000; i++) { n += i; if (i % 100 === 0) await null }\nconsole.log(n)`,
    dir,
    'medium.json',
  )
  await openTrace(page, medium.path)
  const jumps = await jumpTimes(page, 200)
  rows.push([
    `jump to a random step (${(medium.events / 1000).toFixed(0)}k events), p50 / p95`,
    `${percentile(jumps, 50).toFixed(1)} / ${percentile(jumps, 95).toFixed(1)} ms`,
    '< 16 ms p95',
  ])

  // The same million-event program run in the app, then stepped through with the Variables view open.
  await page.getByRole('checkbox', { name: 'Run to end' }).check()
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(`let n = 0\nfor (let i = 0; i < 340_000; i++) { n += i; if (i % 1000 === 0) await null }\nconsole.log(n)`)
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 300_000 })
  await page.getByRole('tab', { name: 'Variables' }).click()
  await page.getByRole('radio', { name: 'Statements' }).click()
  const events = await page.evaluate(() => Number(document.querySelector<HTMLInputElement>('input[aria-label="Step"]')!.max) + 1)
  const bigJumps = await jumpTimes(page, 200)
  rows.push([
    `jump to a random step (${(events / 1e6).toFixed(2)}M statement steps), Variables open, p50 / p95`,
    `${percentile(bigJumps, 50).toFixed(1)} / ${percentile(bigJumps, 95).toFixed(1)} ms`,
    '< 16 ms p95',
  ])
  const shown: number[] = []
  for (const share of [0.1, 0.5, 0.9]) {
    const t0 = Date.now()
    await page.evaluate((at) => {
      const slider = document.querySelector<HTMLInputElement>('input[aria-label="Step"]')!
      // eslint-disable-next-line @typescript-eslint/unbound-method -- the native value setter (React watches it), called on the slider
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      setter.call(slider, String(Math.floor(Number(slider.max) * at)))
      slider.dispatchEvent(new Event('input', { bubbles: true }))
    }, share)
    await page.locator('.variables-view[aria-busy="true"]').waitFor({ timeout: 10_000 })
    await page.locator('.variable-frame').first().waitFor({ timeout: 120_000 })
    shown.push(Date.now() - t0)
  }
  rows.push(['Variables at a step 10% / 50% / 90% into that run (re-run to the step)', shown.map((ms) => `${ms}`).join(' / ') + ' ms', ''])

  const frames = await panZoomFrames(page)
  rows.push([
    'timeline pan/zoom frame time, median / p95',
    `${percentile(frames, 50).toFixed(1)} / ${percentile(frames, 95).toFixed(1)} ms`,
    '≤ 16.7 ms (60 fps)',
  ])

  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '))
} finally {
  await browser.close()
  stop()
}
