import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { compileProgram } from '../../app/engine/compile/compile.ts'

function problems(source: string) {
  const result = compileProgram(ts, source)
  if (result.ok) throw new Error('expected compile errors')
  return result.diagnostics
}

describe('compiling learner programs', () => {
  test('a syntax error is reported with its line and column, and nothing is compiled', () => {
    // TypeScript reports the missing parenthesis where it expected it: the end of the file.
    const [first] = problems(`const a = 1\nconst b = (a +\nconsole.log(b)\n`)
    expect(first).toMatchObject({ line: 4, column: 1 })
    expect(first!.message).toMatch(/expected/)
  })

  test('import and require are clear compile errors pointing at the statement', () => {
    const found = problems(`import fs from 'node:fs'\nconst x = require('os')\n`)
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [1, 1],
      [2, 11],
    ])
    expect(found[0]!.message).toContain('import')
    expect(found[1]!.message).toContain('require')
  })

  test('dynamic import() is refused too', () => {
    expect(problems(`const m = await import('./x.js')\n`)[0]!.message).toContain('import()')
  })

  test('await outside an async function is reported at the await', () => {
    const [first] = problems(`function f() {\n  await null\n}\n`)
    expect(first).toMatchObject({ line: 2, column: 3 })
  })

  test('names reserved by the compiler are refused', () => {
    expect(problems(`const $ll_s = 1\n`)[0]!.message).toContain('reserved')
  })

  test('type errors do not stop a program from compiling (the editor shows them)', () => {
    expect(compileProgram(ts, `const n: number = 'text'\nconsole.log(n)\n`).ok).toBe(true)
  })

  test('every statement gets a location in the original TypeScript', () => {
    const result = compileProgram(ts, `interface P { x: number }\nconst p: P = { x: 1 }\n\nconsole.log(p.x)\n`)
    if (!result.ok) throw new Error('should compile')
    const lines = result.program.locations.filter((l) => l.role === 'statement' && l.line > 0).map((l) => l.line)
    expect(lines).toEqual([2, 4])
  })

  test('top-level await is detected', () => {
    const withAwait = compileProgram(ts, `await null\n`)
    const without = compileProgram(ts, `console.log(1)\n`)
    expect(withAwait.ok && withAwait.hasTopLevelAwait).toBe(true)
    expect(without.ok && without.hasTopLevelAwait).toBe(false)
  })
})
