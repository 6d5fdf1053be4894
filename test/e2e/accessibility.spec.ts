import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { runProgram } from './support/run.ts'

/** Serious and critical violations on the page (axe-core), with enough detail to fix them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('iframe').analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
}

test.describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the playground after a run has no serious or critical violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/')
      await runProgram(page, "setTimeout(() => console.log('done'), 5)\nPromise.resolve().then(() => console.log('then'))")
      expect(await seriousViolations(page)).toEqual([])
    })
  }

  test('a lesson has no serious or critical violations', async ({ page }) => {
    await page.goto('/#lesson=promises-and-microtasks')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the course outline and the examples gallery have no serious or critical violations', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Lessons' }).click()
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Examples' }).click()
    await expect(page.getByRole('searchbox', { name: 'Search examples' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('every control can be reached with the keyboard and shows its focus, and the editor does not trap it', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('.monaco-editor textarea')).toBeAttached({ timeout: 20_000 })
    const reached = new Set<string>()
    let leftEditor = false
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const inEditor = el.closest('.monaco-editor') !== null
        const style = getComputedStyle(el)
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
          inEditor,
          outline: inEditor || style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        }
      })
      if (!focus) continue
      reached.add(focus.name)
      expect(focus.outline, `${focus.name} shows no focus`).toBe(true)
      if (focus.inEditor) {
        // Tab indents inside the editor; Escape, then Tab, moves on.
        await page.keyboard.press('Escape')
        leftEditor = true
      }
    }
    expect(leftEditor, 'the editor was reached').toBe(true)
    for (const name of ['Lessons', 'Examples', 'Host', 'Run', 'Share', 'Resize the editor', 'Resize the diagram', 'Speed']) {
      expect(
        [...reached].some((r) => r.includes(name)),
        `${name} was reached (reached: ${[...reached].join(' | ')})`,
      ).toBe(true)
    }
  })
})
