import { expect, test } from '@playwright/test'
import lzString from 'lz-string'
import { editorText, replaceProgram, waitForEditor } from './support/editor.ts'

const { compressToEncodedURIComponent } = lzString

test('the shell shows every named control and region', async ({ page }) => {
  await page.goto('/')
  for (const name of ['Editor', 'Event loop', 'Timeline', 'Console']) {
    await expect(page.getByRole('region', { name })).toBeVisible()
  }
  await expect(page.getByRole('log')).toBeVisible()
  await expect(page.getByRole('status')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled()
  await expect(page.getByRole('banner')).toContainText('Looplab')
})

test('a #code= link opens its program, edits update the link, and a reload keeps the edit', async ({ page }) => {
  const program = "console.log('from the link')\n"
  const link = `#code=${compressToEncodedURIComponent(program)}`
  await page.goto(`/${link}`)
  await waitForEditor(page)
  await expect.poll(() => editorText(page)).toContain("console.log('from the link')")

  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.insertText("console.log('edited')")
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(link)

  await page.reload()
  await waitForEditor(page)
  await expect.poll(() => editorText(page)).toContain("console.log('edited')")
  await expect.poll(() => editorText(page)).toContain("console.log('from the link')")
})

test('without a link the editor restores what was last typed', async ({ page }) => {
  await page.goto('/')
  await replaceProgram(page, 'const kept = 42')
  await page.evaluate(() => window.history.replaceState(null, '', '/'))
  await page.reload()
  await waitForEditor(page)
  await expect.poll(() => editorText(page)).toContain('const kept = 42')
})

test('the editor marks type errors', async ({ page }) => {
  await page.goto(`/#code=${compressToEncodedURIComponent('const n: number = "text"\n')}`)
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: 30_000 })
})

test('the Errors tab lists the type errors, the status line counts them, a click moves the cursor, and Run still runs', async ({
  page,
}) => {
  const program = "const price: number = 'ten'\nconst total = price * 2\nlet label: string = 5\nconsole.log(total, label)\n"
  await page.goto(`/#code=${compressToEncodedURIComponent(program)}`)
  await waitForEditor(page)
  const status = page.getByRole('status')
  await expect(status).toContainText('2 type errors', { timeout: 30_000 })
  await expect(page.getByRole('tab', { name: /Errors/ })).toContainText('2')
  await page.getByRole('checkbox', { name: 'Run to end' }).check()
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(status).toHaveText(/^Finished in .* 2 type errors$/, { timeout: 30_000 })
  await expect(page.getByRole('log')).toContainText('NaN 5')
  await page.getByRole('button', { name: '2 type errors' }).click()
  const list = page.getByRole('list', { name: 'Type errors' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list.getByRole('listitem').first()).toContainText("Line 1, column 7Type 'string' is not assignable to type 'number'.")
  await list.getByRole('button', { name: /Line 3, column 5/ }).click()
  await expect(page.locator('.monaco-editor.focused')).toBeVisible()
  // The cursor is on line 3: typing there edits that line.
  await page.keyboard.type('X')
  await expect.poll(() => editorText(page)).toContain('let Xlabel: string = 5')
})

test('picking Python ends the TypeScript checker’s worker, and back in TypeScript the type errors come back', async ({ page }) => {
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.goto(`/#code=${compressToEncodedURIComponent('const n: number = "text"\n')}`)
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: 30_000 })
  const checker = () => page.workers().filter((worker) => worker.url().includes('ts.worker')).length
  expect(checker()).toBe(1)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('python')
  // Its first check reads the whole standard library: it must not compete with Python starting.
  await expect.poll(checker, { timeout: 10_000 }).toBe(0)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('typescript')
  await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('status')).toContainText('1 type error', { timeout: 30_000 })
  expect(workers.filter((url) => url.includes('ts.worker')).length).toBe(2)
})

test('after a Python run two Python sandboxes are kept started, and leaving Python ends all but one', async ({ page }) => {
  test.setTimeout(120_000)
  const program = "import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    print('python', 40 + 2)\nasyncio.run(main())"
  await page.goto(`/#code=${compressToEncodedURIComponent(program)}&lang=py`)
  await page.getByRole('checkbox', { name: 'Run to end' }).check()
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('log')).toContainText('python 42', { timeout: 60_000 })
  const sandboxes = () => page.locator('iframe.sandbox-frame').count()
  // The TypeScript spare, the sandbox kept for looking at the run's variables, and two Python spares.
  await expect.poll(sandboxes, { timeout: 30_000 }).toBe(4)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('typescript')
  await expect.poll(sandboxes, { timeout: 10_000 }).toBe(3)
  await page.waitForTimeout(3000)
  expect(await sandboxes()).toBe(3)
})
