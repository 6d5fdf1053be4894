import { expect, type Page } from '@playwright/test'
import { replaceProgram } from './editor.ts'

/**
 * Makes every Run in this page jump straight to the end (the learner's "Run to end" setting),
 * for tests about results rather than about watching. Call before `page.goto`.
 */
export async function preferRunToEnd(page: Page): Promise<void> {
  await page.addInitScript(() => {
    try {
      window.localStorage.setItem('looplab:pref:runMode', JSON.stringify('end'))
    } catch {
      /* the sandbox frame has no storage */
    }
  })
}

/** Ticks "Run to end" in the player bar (remembered for later runs). */
export async function chooseRunToEnd(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'Run to end' }).check()
}

/** Waits until the run has ended (finished, crashed or stopped) and returns the status line. */
export async function waitForRunEnd(page: Page): Promise<string> {
  const status = page.getByRole('status')
  await expect(status).not.toHaveText(/Compiling|Running/, { timeout: 30_000 })
  return status.innerText()
}

/**
 * Puts `code` in the editor, runs it to the end (choosing "Run to end") and waits until the run
 * has ended: the console, diagram and timeline then show the last step.
 */
export async function runProgram(page: Page, code: string, options: { host?: 'node' | 'browser' } = {}): Promise<string> {
  if (options.host) await page.getByRole('combobox', { name: 'Host' }).selectOption(options.host)
  await replaceProgram(page, code)
  await chooseRunToEnd(page)
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  return waitForRunEnd(page)
}

/** Puts `code` in the editor and presses Run with "Run to end" unticked: the player plays from step 1. */
export async function watchProgram(page: Page, code: string, options: { host?: 'node' | 'browser' } = {}): Promise<void> {
  if (options.host) await page.getByRole('combobox', { name: 'Host' }).selectOption(options.host)
  await replaceProgram(page, code)
  await page.getByRole('checkbox', { name: 'Run to end' }).uncheck()
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await waitForRunEnd(page)
}

/** The diagram's SVG as text, minus transient hover state. */
export async function diagramMarkup(page: Page): Promise<string> {
  return page.locator('svg.loop-diagram').evaluate((svg) => svg.outerHTML)
}
