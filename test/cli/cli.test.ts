import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const BIN = join(import.meta.dirname, '../../bin/looplab.mjs')
const dir = mkdtempSync(join(tmpdir(), 'looplab-cli-'))

function looplab(args: string[], source?: string) {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.ts`)
  if (source !== undefined) writeFileSync(file, source)
  const result = spawnSync(process.execPath, [BIN, ...args.map((a) => (a === 'FILE' ? file : a))], { encoding: 'utf8' })
  return { ...result, file }
}

describe('the looplab command', () => {
  test('run prints the program’s output and exits 0', () => {
    const result = looplab(['run', 'FILE'], `setTimeout(() => console.log('b'), 1)\nconsole.log('a')\n`)
    expect(result.stdout).toBe('a\nb\n')
    expect(result.status).toBe(0)
  })

  test('an unhandled rejection under --host node exits with 1; under --host browser it is only reported', () => {
    const source = `Promise.reject(new Error('oops'))\nsetTimeout(() => console.log('later'), 1)\n`
    const node = looplab(['run', 'FILE', '--host', 'node'], source)
    expect(node.status).toBe(1)
    expect(node.stdout).toBe('')
    expect(node.stderr).toContain('oops')
    const browser = looplab(['run', 'FILE', '--host', 'browser'], source)
    expect(browser.status).toBe(0)
    expect(browser.stdout).toBe('later\n')
    expect(browser.stderr).toContain('Uncaught (in promise) Error: oops')
  })

  test('a compile error goes to stderr with its line and column, and exits 1', () => {
    const result = looplab(['run', 'FILE'], `const x = (1 +\n`)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/main\.ts:2:1 - error/)
  })

  test('--trace and --chrome-trace write files that name what happened', () => {
    const trace = join(dir, 'out.json')
    const chrome = join(dir, 'chrome.json')
    const result = looplab(
      ['run', 'FILE', '--trace', trace, '--chrome-trace', chrome],
      `await new Promise((r) => setTimeout(r, 3))\nconsole.log('done')\n`,
    )
    expect(result.status).toBe(0)
    const file = JSON.parse(readFileSync(trace, 'utf8')) as { format: string; eventCount: number }
    expect(file.format).toBe('looplab-trace')
    expect(file.eventCount).toBeGreaterThan(10)
    const events = (JSON.parse(readFileSync(chrome, 'utf8')) as { traceEvents: { name: string; ph: string }[] }).traceEvents
    expect(events.some((e) => e.name === 'Timer task' && e.ph === 'B')).toBe(true)
    expect(events.some((e) => e.name === 'console')).toBe(true)
  })

  test('bad arguments are explained, with exit code 2', () => {
    expect(looplab(['run']).status).toBe(2)
    expect(looplab(['run', 'FILE', '--host', 'deno'], '').stderr).toContain('--host must be')
    expect(looplab(['frobnicate']).status).toBe(2)
    expect(looplab(['run', 'FILE', '--max-steps', 'many'], '').stderr).toContain('--max-steps needs a positive number')
    expect(looplab(['run', 'FILE', '--no-limits', '--max-wall-ms', '5'], '').status).toBe(2)
  })

  test('--help, -h and --version answer on stdout and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = looplab([flag])
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('looplab run FILE')
      expect(result.stdout).toContain('--max-wall-ms')
    }
    expect(looplab(['run', '--help']).stdout).toContain('--no-limits')
    const version = looplab(['--version'])
    expect(version.status).toBe(0)
    expect(version.stdout).toMatch(/^looplab \d+\.\d+\.\d+ .*Node v\d+/)
  })

  test('the default limits let a long finite program finish; --max-steps stops it with an explanation', () => {
    const source = `async function worker(n: number) {\n  for (let i = 0; i < n; i++) await null\n}\nawait Promise.all([worker(300_000), worker(300_000), worker(300_000), worker(300_000)])\nconsole.log('done')\n`
    const finished = looplab(['run', 'FILE'], source)
    expect(finished.stdout).toBe('done\n')
    expect(finished.status).toBe(0)
    const stopped = looplab(['run', 'FILE', '--max-steps', '1000'], source)
    expect(stopped.status).toBe(124)
    expect(stopped.stderr).toContain('1,000 statements')
  })

  test('an uncaught error prints what Node prints: the source line, a caret, the error and the Node version', () => {
    const result = looplab(['run', 'FILE'], `function f() {\n  throw new Error('boom')\n}\nsetTimeout(() => f(), 1)\n`)
    expect(result.status).toBe(1)
    const lines = result.stderr.split('\n')
    expect(lines[0]).toMatch(/^file:\/\/\/.*\.ts:2$/)
    expect(lines[1]).toBe("  throw new Error('boom')")
    expect(lines[2]).toBe('  ^')
    expect(lines[4]).toBe('Error: boom')
    expect(lines[5]).toMatch(/^ {4}at f \(file:\/\/\/.*\.ts:2:9\)$/)
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`Node.js ${process.version}`)
  })

  test('node modules run from the command line: a CommonJS program with require', () => {
    const result = looplab(
      ['run', 'FILE'],
      `const EventEmitter = require('events')\nconst e = new EventEmitter()\ne.on('x', (v) => console.log('x', v))\nprocess.nextTick(() => e.emit('x', 1))\nPromise.resolve().then(() => console.log('promise'))\n`,
    )
    expect(result.stdout).toBe('x 1\npromise\n')
  })
})
