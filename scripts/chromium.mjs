/**
 * Finds the Chromium the browser tests drive. Order: $CHROMIUM_PATH, the
 * system's Chromium/Chrome, then a browser installed by `npx playwright install`.
 * Never downloads anything.
 */
import { existsSync } from 'node:fs'

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

export const CHROMIUM_HELP = `No Chromium was found for the browser tests.
Get one, then run the tests again:
  • Debian/Ubuntu:  sudo apt-get install chromium
  • elsewhere:      npx playwright install chromium
  • or point at any Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test`

/** Flags that keep headless Chromium quiet and offline on locked-down machines. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate
  try {
    const { chromium } = await import('@playwright/test')
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    /* Playwright has no browser of its own installed */
  }
  return undefined
}
