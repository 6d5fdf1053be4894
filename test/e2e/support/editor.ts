import { expect, type Page } from '@playwright/test'

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').first().innerText()
  return text.replace(/\u00a0/g, ' ')
}

export async function waitForEditor(page: Page): Promise<void> {
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 30_000 })
}

/** Replaces the whole program, as a learner pasting code would. */
export async function replaceProgram(page: Page, code: string): Promise<void> {
  await waitForEditor(page)
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(code)
}
