import { expect, test } from '@playwright/test'
import lzString from 'lz-string'
import { chooseRunToEnd, runProgram, waitForRunEnd } from './support/run.ts'

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

test('the first paint of the TypeScript playground fetches nothing of Python', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled()
  const status = await runProgram(page, "console.log('typescript', 1 + 1)")
  expect(status).toContain('Finished')
  expect(requests.filter((path) => path.includes('/pyodide/'))).toEqual([])
})

test('after one Python run, Python runs again with no network', async ({ page, context }) => {
  test.setTimeout(120_000)
  // A share link puts the Python program in the editor (typing it would meet the editor's auto-indent).
  const program = "import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    print('python', 40 + 2)\nasyncio.run(main())"
  await page.goto(`/#code=${lzString.compressToEncodedURIComponent(program)}&lang=py`)
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('python')
  await chooseRunToEnd(page)
  // The first Python run may come before the service worker controls the page (a first visit).
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('log')).toContainText('python 42', { timeout: 60_000 })
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('python')
  await expect(page.getByRole('log')).not.toContainText('python 42')
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('log')).toContainText('python 42', { timeout: 60_000 })
  expect(await waitForRunEnd(page)).toContain('Finished')
})

test.describe('the Python snapshot', () => {
  // Requests a service worker makes are not routed by the page: keep it out of this one.
  test.use({ serviceWorkers: 'block' })

  test('Python starts from the shipped snapshot, and still starts and runs when the snapshot is damaged', async ({ page }) => {
    test.setTimeout(120_000)
    const warnings: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    const program = "import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    print('python', 40 + 2)\nasyncio.run(main())"
    await page.goto(`/#code=${lzString.compressToEncodedURIComponent(program)}&lang=py`)
    await chooseRunToEnd(page)
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByRole('log')).toContainText('python 42', { timeout: 60_000 })
    expect(warnings.filter((text) => text.includes('snapshot'))).toEqual([])

    await page.route('**/looplab-snapshot-*', (route) =>
      route.fulfill({ status: 200, body: Buffer.from('not a snapshot at all, 32 bytes.') }),
    )
    await page.evaluate(async () => caches.delete('looplab-pyodide'))
    await page.reload()
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByRole('log')).toContainText('python 42', { timeout: 60_000 })
    expect(await waitForRunEnd(page)).toContain('Finished')
    expect(warnings.filter((text) => text.includes('snapshot was refused'))).not.toEqual([])
  })
})
