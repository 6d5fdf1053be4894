import { expect, test } from '@playwright/test'
import { runProgram } from './support/run.ts'
test('shot', async ({ page }) => {
  await page.goto('/')
  await runProgram(page, "const r = await fetch('https://api.github.com/users/octocat')\nconsole.log((await r.json()).simulated)\n")
  await expect(page.getByRole('status')).toContainText('No route matched')
  await page.screenshot({ path: '/work/wt/course/.scratch/unrouted.png' })
})
