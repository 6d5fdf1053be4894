/** Development aid: `node scripts/screenshot.mjs URL OUT.png [width] [height] [light|dark]` (WAIT=ms, CLICK=button name). */
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS } from './chromium.mjs'
const [url, out, w, h, scheme] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
const page = await browser.newPage({ viewport: { width: Number(w ?? 1440), height: Number(h ?? 900) }, colorScheme: scheme ?? 'light' })
await page.goto(url)
await page.waitForTimeout(Number(process.env.WAIT ?? 2500))
if (process.env.CLICK) {
  await page.getByRole('button', { name: process.env.CLICK, exact: true }).click()
  await page.waitForTimeout(1500)
}
await page.screenshot({ path: out })
await browser.close()
