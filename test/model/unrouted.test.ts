import { describe, expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { runSummary } from '../../app/model/summary.ts'
import { sessionOf } from './sessionOf.ts'

const UNKNOWN = [
  "const a = await fetch('https://api.github.com/users/octocat')",
  "console.log('got', (await a.json()).simulated)",
  "await fetch('/items?page=2', { method: 'POST' })",
  "console.log('done')",
].join('\n')

describe('requests the simulated world has no route for', () => {
  test('the console says once, among the output, that a placeholder answered and how to declare the route', () => {
    const session = sessionOf(UNKNOWN)
    const notes = session.console.lines.filter((line) => line.note)
    expect(notes.map((line) => line.text)).toEqual([
      'Looplab: no route for GET api.github.com/users/octocat, so the simulated world answered 200 { url, simulated: true } (never the real network).',
      "Looplab: to answer it, declare the route first: world.route('https://api.github.com/users/octocat', { latencyMs: 100, body: { … } })",
    ])
    expect(session.console.lines.map((line) => line.text).indexOf(notes[0]!.text)).toBe(0)
  })

  test('the notes are not program output: checks and the line count do not see them', () => {
    const session = sessionOf(UNKNOWN)
    expect(session.console.texts()).toEqual(['got true', 'done'])
    expect(session.console.total).toBe(2)
  })

  test('the run summary lists every unknown route', () => {
    expect(runSummary(sessionOf(UNKNOWN))).toMatch(
      / No route matched 2 requests, so the simulated world answered with a placeholder: GET api\.github\.com\/users\/octocat, POST \/items\?page=2\.$/,
    )
  })

  test('routed requests get no note', () => {
    const session = sessionOf(
      "world.route('/users/:id', { body: { name: 'Ada' } })\nconsole.log((await (await fetch('https://api.github.com/users/1')).json()).name)\n",
    )
    expect(session.console.lines.some((line) => line.note)).toBe(false)
    expect(runSummary(session)).not.toContain('No route')
  })

  test('the command line prints the note on stderr, never on stdout', () => {
    const result = runInNode(UNKNOWN, { host: 'node' })
    expect(result.stdout).toBe('got true\ndone\n')
    expect(result.stderr).toContain('Looplab: no route for GET api.github.com/users/octocat')
    expect(result.stderr.match(/no route for/g)).toHaveLength(1)
  })
})
