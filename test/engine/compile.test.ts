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

  test('imports of unknown modules and packages are clear compile errors pointing at the statement', () => {
    const found = problems(`import fs from 'node:crypto'\nconst x = require('express')\n`)
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [1, 1],
      [2, 11],
    ])
    expect(found[0]!.message).toContain("'node:crypto'")
    expect(found[0]!.message).toContain('node:events')
    expect(found[1]!.message).toContain('node:http')
  })

  test('a named import the module does not export is reported at the name', () => {
    const [first] = problems(`import { EventEmitter, nope } from 'node:events'\n`)
    expect(first).toMatchObject({ line: 1, column: 24 })
    expect(first!.message).toContain("no export named 'nope'")
  })

  test('node modules resolve with and without the node: prefix, and require makes a CommonJS program', () => {
    const esm = compileProgram(ts, `import { EventEmitter } from 'events'\nnew EventEmitter()\n`)
    const cjs = compileProgram(ts, `const { EventEmitter } = require('node:events')\nnew EventEmitter()\n`)
    expect(esm.ok && esm.moduleKind).toBe('module')
    expect(cjs.ok && cjs.moduleKind).toBe('commonjs')
  })

  test('a require of a non-literal name is refused', () => {
    expect(problems(`const name = 'fs'\nrequire(name)\n`)[0]!.message).toContain('string literal')
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

  describe('strict-mode grammar, which TypeScript checks only in its type checker', () => {
    const rejected: [string, number, number][] = [
      ['console.log(1)\nlet let = 5', 2, 5],
      ['var static = 2', 1, 5],
      ['function f(interface) {}', 1, 12],
      ['const { a: { b: yield } } = { a: { b: 1 } }', 1, 17],
      ['try {} catch (let) {}', 1, 15],
      ['with (Math) {}', 1, 1],
      ['let x = 1\ndelete (x)', 2, 1],
      ['function f(a, b, a) {}', 1, 18],
      ['var eval = 1', 1, 5],
      [';(arguments) = 1', 1, 3],
      ['let n = 0\nfunction g() { eval++ }', 2, 16],
    ]
    test.each(rejected)('%j is reported at its line and column, as V8 would refuse it', (source, line, column) => {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- V8 itself is the judge of which sources it refuses
      expect(() => new Function(`"use strict";\n${source}`)).toThrow(SyntaxError)
      const [first] = problems(source)
      expect(first).toMatchObject({ line, column })
      expect(first!.message).toMatch(/strict mode/)
    })

    const accepted = [
      'const o = { private: 1, let: 2, static: 3 }\nconsole.log(o.let, o.private)',
      'class C { private x = 1; static y = 2; m(a: number) { return arguments.length + a } }',
      'type F = (let: number) => void',
      'declare function g(a: number, a: number): void',
      'function o(a: number): void\nfunction o(a: number) { return a }',
      'const f = function (this: unknown, a: number) { return a }',
    ]
    test.each(accepted)('%j compiles: the reserved words are property names, types or erased declarations', (source) => {
      expect(compileProgram(ts, source).ok).toBe(true)
    })
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
