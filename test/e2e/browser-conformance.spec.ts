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
