import { describe, expect, test } from 'vitest'
import { runInNode, scopesInNode } from '../../app/cli/nodeRunner.ts'
import { EventKind } from '../../app/engine/trace/events.ts'

const loop = `let total = 0
for (let i = 0; i < 4; i++) {
  total += i
  console.log('at', i)
}
`

/** The event of the n-th console line (0-based). */
function consoleEvent(source: string, n: number, host: 'node' | 'browser' = 'node'): number {
  const { trace } = runInNode(source, { host })
  let seen = 0
  for (let i = 0; i < trace.count; i++) if (trace.kind[i] === EventKind.Console && seen++ === n) return i
  throw new Error('no such console line')
}

const vars = (frame: { vars: { name: string; preview: string }[] } | undefined) =>
  Object.fromEntries((frame?.vars ?? []).map((v) => [v.name, v.preview]))

describe('looking at variables', () => {
  test('inside a loop, the module frame shows the loop variable and the running total, as at that step', () => {
    const third = consoleEvent(loop, 2)
    const [snapshot] = scopesInNode(loop, { host: 'node' }, [third])
    expect(snapshot!.seq).toBe(third)
    expect(snapshot!.frames[0]!.kind).toBe('module')
    expect(vars(snapshot!.frames[0])).toMatchObject({ i: '2', total: '3' })
  })

  test('two snapshots in one run: an earlier step shows the older values', () => {
    const first = consoleEvent(loop, 0)
    const third = consoleEvent(loop, 2)
    const [a, b] = scopesInNode(loop, { host: 'node' }, [first, third])
    expect(vars(a!.frames[0])).toMatchObject({ i: '0', total: '0' })
    expect(vars(b!.frames[0])).toMatchObject({ i: '2', total: '3' })
  })

  test('a call on the stack shows its parameters and locals, and values are formatted as the console formats them', () => {
    const source = `function greet(name: string, times: number) {\n  const parts = [name, { times }]\n  console.log(parts.length)\n}\ngreet('Ada', 2)\n`
    const [snapshot] = scopesInNode(source, { host: 'node' }, [consoleEvent(source, 0)])
    const frame = snapshot!.frames.find((f) => f.name === 'greet')!
    expect(frame.kind).toBe('function')
    expect(frame.line).toBe(1)
    expect(vars(frame)).toEqual({ parts: "[ 'Ada', { times: 2 } ]", name: "'Ada'", times: '2' })
  })

  test('an async function paused at await shows what it holds while it waits, and a closure variable is marked as such', () => {
    const source = `const label = 'job'\nasync function work(n: number) {\n  const doubled = n * 2\n  const inner = () => { console.log(label, doubled) }\n  await new Promise((r) => setTimeout(r, 5))\n  inner()\n}\nwork(21)\nconsole.log('while it waits')\n`
    const [waiting] = scopesInNode(source, { host: 'node' }, [consoleEvent(source, 0)])
    const paused = waiting!.frames.find((f) => f.kind === 'suspended')!
    expect(paused.name).toBe('work')
    expect(vars(paused)).toMatchObject({ n: '21', doubled: '42' })
    const [later] = scopesInNode(source, { host: 'node' }, [consoleEvent(source, 1)])
    const arrow = later!.frames.at(-1)!
    expect(arrow.vars.find((v) => v.name === 'doubled')).toEqual({ name: 'doubled', preview: '42', scope: 'closure' })
  })

  test('a binding not yet initialised is left out rather than failing', () => {
    const source = `console.log('first')\nconst later = 5\nconsole.log(later)\n`
    const [snapshot] = scopesInNode(source, { host: 'node' }, [consoleEvent(source, 0)])
    expect(vars(snapshot!.frames[0])).toEqual({})
  })
})
