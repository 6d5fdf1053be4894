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
