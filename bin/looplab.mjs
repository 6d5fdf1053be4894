#!/usr/bin/env node
// The `looplab` command: runs TypeScript sources through tsx so it works straight from a checkout.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../app/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
