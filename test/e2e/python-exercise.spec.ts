import { expect, test } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import { editorText, waitForEditor } from './support/editor.ts'
import { preferRunToEnd } from './support/run.ts'

const FILE = '05-sequential-vs-concurrent.md'
const lesson = parseLesson(FILE, readFileSync(join(import.meta.dirname, '../../lessons', FILE), 'utf8'))
const exercise = lesson.blocks.find((block) => block.type === 'exercise' && block.python)

test.describe('a Python exercise in a lesson', () => {
  test.beforeEach(async ({ page }) => preferRunToEnd(page))

  test('its starter opens as Python and fails the checks with their message; the solution passes', async ({ page }) => {
    if (exercise?.type !== 'exercise') throw new Error(`${FILE} has no Python exercise`)
    await page.goto(`/#lesson=${lesson.meta.id}`)
    const region = page.getByRole('region', { name: `Python exercise: ${exercise.title}` })
    await region.getByRole('button', { name: 'Open the starter code' }).click()
    await waitForEditor(page)
    await expect.poll(() => editorText(page)).toContain('from looplab import world')
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('python')

    await region.getByRole('button', { name: 'Check my code' }).click()
    const failed = region.locator('.check-results .failed')
    // Python starts in the sandbox on the first check: allow for loading Pyodide.
    await expect(failed.first()).toBeVisible({ timeout: 60_000 })
    await expect(failed.first()).toContainText(
      'The orders and the recommendations should load at the same time, after the user. It took 450 ms.',
    )
    await expect(failed.nth(1)).toContainText('At least two requests should be in flight together. The most at once was 1')
    await expect(region.locator('.check-results .summary')).toHaveCount(0)

    mkdirSync('/tmp/shots', { recursive: true })
    await region.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/shots/python-exercise-failed.png' })

    // The reference solution replaces the learner's code (typing it would meet Monaco's auto-indent).
    page.once('dialog', (dialog) => void dialog.accept())
    await region.getByRole('button', { name: 'Show solution' }).click()
    await expect.poll(() => editorText(page)).toContain('asyncio.gather(')
    await region.getByRole('button', { name: 'Check my code' }).click()
    await expect(region.locator('.check-results .summary')).toHaveText(/Every check passes/, { timeout: 60_000 })
    await expect(region.locator('.check-results .failed')).toHaveCount(0)
    await expect(region.getByText('solved')).toBeVisible()
    await page.screenshot({ path: '/tmp/shots/python-exercise-passed.png' })
  })
})
