import { expect, type Page } from '@playwright/test'
import { replaceProgram } from './editor.ts'

/** Puts `code` in the editor, presses Run and waits until the run has ended. */
export async function runProgram(page: Page, code: string, options: { host?: 'node' | 'browser' } = {}): Promise<string> {
  if (options.host) await page.getByRole('combobox', { name: 'Host' }).selectOption(options.host)
  await replaceProgram(page, code)
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  const status = page.getByRole('status')
  await expect(status).not.toHaveText(/Compiling|Running/, { timeout: 30_000 })
  return status.innerText()
}

/** The diagram's SVG as text, minus transient hover state. */
export async function diagramMarkup(page: Page): Promise<string> {
  return page.locator('svg.loop-diagram').evaluate((svg) => svg.outerHTML)
}
