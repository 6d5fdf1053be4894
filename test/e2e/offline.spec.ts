import { expect, test } from '@playwright/test'
import { runProgram } from './support/run.ts'

test('after the first visit the app loads and runs with no network', async ({ page, context }) => {
  await page.goto('/')
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    // Wait until every file is cached (the worker is active once its install step finished).
    return registration.active?.state
  })
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true)
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('Looplab')
  const status = await runProgram(page, "setTimeout(() => console.log('offline', 40 + 2), 10)")
  expect(status).toContain('Finished')
  await expect(page.getByRole('log')).toContainText('offline 42')
})
