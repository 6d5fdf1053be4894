import { expect, test } from '@playwright/test'
import { editorText, replaceProgram } from './support/editor.ts'
import { preferRunToEnd } from './support/run.ts'
import { runCPython } from '../conformance/pythonCorpus.ts'

const EXAMPLE = 'lessons/examples/02-create-task-starts-later.py'

test.describe('Python in the examples gallery', () => {
  test.beforeEach(async ({ page }) => preferRunToEnd(page))

  test('a Python example opens in a Python editor, runs and prints what python3 prints first; the TypeScript program is kept', async ({
    page,
  }) => {
    const firstLine = (await runCPython(EXAMPLE)).stdout.split('\n')[0]!
    expect(firstLine.length).toBeGreaterThan(0)

    await page.goto('/')
    await replaceProgram(page, "console.log('my own program')")
    await page.getByRole('button', { name: 'Examples' }).click()
    const gallery = page.getByRole('navigation', { name: 'Examples' })
    // The gallery opens on the editor's language; the Python filter shows only Python examples.
    await expect(gallery.getByRole('radio', { name: 'TypeScript' })).toHaveAttribute('aria-checked', 'true')
    await gallery.getByRole('radio', { name: 'Python' }).click()
    const cards = gallery.locator('.example-card')
    await expect(cards.first()).toBeVisible()
    expect(await cards.count()).toBeGreaterThanOrEqual(12)
    await expect(gallery.locator('.example-language.typescript')).toHaveCount(0)

    await page.getByRole('searchbox', { name: 'Search examples' }).fill('create_task')
    await expect(cards).toHaveCount(1)
    await expect(cards.first().locator('.example-language')).toHaveText('Python')
    await cards.first().click()

    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('python')
    await expect.poll(() => editorText(page)).toContain('asyncio.create_task')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    // The first Python run loads Pyodide (a few seconds) before it runs.
    await expect(page.getByRole('status')).toContainText('Finished', { timeout: 60_000 })
    await expect(page.getByRole('log', { name: 'Program output' }).locator('.console-line').first()).toContainText(firstLine.trim())

    // Back to TypeScript: the learner's own program is still there.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('typescript')
    await expect.poll(() => editorText(page)).toContain("console.log('my own program')")
  })
})
