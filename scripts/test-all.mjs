/**
 * `npm test`: every check the project has, in order, stopping at the first
 * failure. The browser tests need Chromium; without one this fails loudly
 * with instructions rather than skipping.
 */
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { CHROMIUM_HELP, findChromium } from './chromium.mjs'

/** A free local port for the preview server the browser tests drive. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const chromium = await findChromium()
if (!chromium) {
  console.error(`\n${CHROMIUM_HELP}\n`)
  process.exit(1)
}

const steps = [
  ['lint (ESLint)', 'npm', ['run', '--silent', 'lint']],
  ['formatting (Prettier)', 'npm', ['run', '--silent', 'format:check']],
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['unit and conformance tests (Vitest)', 'npx', ['vitest', 'run']],
  ['Promises/A+ suite (872 tests)', 'npm', ['run', '--silent', 'test:aplus']],
  ['lessons check', 'node', ['bin/looplab.mjs', 'lessons', 'check']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['end-to-end tests (Playwright, headless Chromium)', 'npx', ['playwright', 'test']],
]

const port = process.env.LOOPLAB_E2E_PORT ?? String(await freePort())
const started = Date.now()
for (const [label, command, args] of steps) {
  console.log(`\n━━ ${label}`)
  const t0 = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, LOOPLAB_E2E_PORT: port } })
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
  console.log(`✓ ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
