import { test } from '@playwright/test'
test('shot', async ({ page }) => {
  await page.goto('/#lesson=call-stack')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.locator('figure.predict').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/work/wt/course/.scratch/lesson.png' })
})
