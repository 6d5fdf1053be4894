import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './scripts/chromium.mjs'

const PORT = Number(process.env.LOOPLAB_E2E_PORT ?? 4173)

/** End-to-end tests drive the built app (`vite preview`) in headless Chromium. */
export default defineConfig({
  testDir: 'test',
  testMatch: /.*\.spec\.ts$/,
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  // One retry: on 2 busy cores a timing-sensitive browser test can miss its moment once; a real failure fails twice.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1440, height: 900 },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
