import { createRequire } from 'node:module'
import { createAdapter } from './adapter.ts'

const require = createRequire(import.meta.url)
const promisesAplusTests = require('promises-aplus-tests') as (
  adapter: unknown,
  options: { reporter: string },
  done: (error: Error | null) => void,
) => void

/** Runs the 872 Promises/A+ compliance tests against the engine's Promise. */
promisesAplusTests(createAdapter(), { reporter: 'dot' }, (error) => {
  if (error) {
    console.error(`Promises/A+: ${error.message}`)
    process.exitCode = 1
  }
})
