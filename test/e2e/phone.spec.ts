import { expect, test, type Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { replaceProgram, waitForEditor } from './support/editor.ts'
import { preferRunToEnd } from './support/run.ts'

/** The small-screen promises of the app, at a common phone's 390×844, in English. */
test.use({ viewport: { width: 390, height: 844 } })

// One statement a line: the editor's auto-indent would shift typed nested lines.
const PROGRAM = [
  "setTimeout(function timerCallback() { console.log('timer') }, 5)",
  "Promise.resolve().then(function thenCallbackWithALongerName() { console.log('then') })",
  "console.log('sync')",
].join('\n')

function tab(page: Page, name: string) {
  return page.getByRole('tablist', { name: 'Panes' }).getByRole('tab', { name, exact: true })
}

async function overflowsSideways(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => el.scrollWidth > el.clientWidth + 1)
}

test('a lesson link opens on the Lesson tab and the tab bar fits the width', async ({ page }) => {
  await page.goto('/#lesson=promises-and-microtasks')
  await expect(tab(page, 'Lesson')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Lesson' })).toBeVisible()
  expect(await overflowsSideways(page, '.tabs')).toBe(false)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
})

test('cards wrap their words rather than cutting them, the timeline labels keep to a quarter, the step readout stays in view', async ({
  page,
}) => {
  await preferRunToEnd(page)
  await page.goto('/')
  await waitForEditor(page)
  await replaceProgram(page, PROGRAM)
  await page.locator('.app-header').getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText(/^Finished/, { timeout: 30_000 })
  await tab(page, 'Event loop').click()
  await page.getByRole('button', { name: 'Go to start' }).click()
  // Step to the reaction on the call stack: its card ("then callback, line 2") is the longest.
  const diagram = page.locator('svg.loop-diagram')
  const words = async () => ((await diagram.textContent()) ?? '').replace(/\s+/g, '')
  for (let i = 0; i < 5 && !(await words()).includes('thencallback,line2'); i++)
    await page.getByRole('button', { name: 'Step forward' }).click()
  expect(await words()).toContain('thencallback,line2')
  expect(await words()).not.toContain('…')
  // The phase pills keep their whole names too.
  const pills = page.getByRole('group', { name: 'Event loop phases' }).getByRole('button')
  for (const pill of await pills.all()) expect(await pill.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
  expect(await pills.count()).toBe(4)
  await expect(page.locator('.step-readout')).toBeInViewport({ ratio: 1 })
  mkdirSync('/tmp/shots', { recursive: true })
  await page.screenshot({ path: '/tmp/shots/en-phone-loop.png' })

  await tab(page, 'Timeline').click()
  const timeline = (await page.locator('.timeline').boundingBox())!
  const labels = (await page.locator('.timeline-labels').boundingBox())!
  expect(labels.width).toBeLessThanOrEqual(timeline.width / 4 + 1)
  await expect(page.locator('.step-readout')).toBeInViewport({ ratio: 1 })
  expect(await overflowsSideways(page, '.tabs')).toBe(false)
  await page.screenshot({ path: '/tmp/shots/en-phone-timeline.png' })
})
