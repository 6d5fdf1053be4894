import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { compareExamples, parseExample, searchExamples, type Example } from '../../app/model/examples.ts'

const DIR = join(import.meta.dirname, '../../lessons/examples')
const files = readdirSync(DIR)
  .filter((name) => /^\d+-.*\.(ts|py)$/.test(name))
  .sort()
const examples = files.map((name) => parseExample(name, readFileSync(join(DIR, name), 'utf8')))
const typescript = examples.filter((e): e is Extract<Example, { language: 'typescript' }> => e.language === 'typescript')
const python = examples.filter((e) => e.language === 'python')

const HEADER = '{"title": "Gathered", "teaser": "Three waits at once: how long?", "tags": ["concurrency"]}'

describe('the examples gallery', () => {
  test('holds at least 20 TypeScript examples and 12 Python examples, all with valid headers', () => {
    expect(typescript.length).toBeGreaterThanOrEqual(20)
    expect(python.length).toBeGreaterThanOrEqual(12)
  })

  test('no two examples share a name, whatever their language', () => {
    const ids = examples.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('search finds examples by words of their title, teaser or tags', () => {
    const first = examples[0]!
    expect(searchExamples(examples, first.title.split(' ')[0]!)).toContainEqual(first)
    expect(searchExamples(examples, 'no-such-word-anywhere')).toEqual([])
  })

  test('searching for python finds the Python examples', () => {
    expect(searchExamples(examples, 'python')).toEqual(expect.arrayContaining(python))
  })

  test('the gallery lists TypeScript examples first, then Python ones, each in file order', () => {
    const sorted = [...examples].reverse().sort(compareExamples)
    expect(sorted.map((e) => e.language)).toEqual([...typescript.map(() => 'typescript'), ...python.map(() => 'python')])
    expect(sorted.filter((e) => e.language === 'python').map((e) => e.id)).toEqual(python.map((e) => e.id))
  })

  for (const example of typescript) {
    test(`${example.id} runs to the end without hitting a budget, the same way twice`, () => {
      const first = runInNode(example.code, { host: example.host })
      const second = runInNode(example.code, { host: example.host })
      expect(first.diagnostics).toBeUndefined()
      expect(first.outcome?.reason).not.toBe(4)
      expect(first.stdout).toBe(second.stdout)
      expect(first.stdout.length).toBeGreaterThan(0)
    })
  }
})

describe('reading an example file', () => {
  test('a .py file with a # header is a Python example that runs on asyncio', () => {
    const example = parseExample('07-gathered.py', `# ${HEADER}\n\nimport asyncio\n`)
    expect(example).toMatchObject({ id: '07-gathered', language: 'python', host: 'python', title: 'Gathered', code: 'import asyncio\n' })
  })

  test('a .ts file with a // header is a TypeScript example on the host it names', () => {
    const header = HEADER.replace('{', '{"host": "browser", ')
    expect(parseExample('07-gathered.ts', `// ${header}\nawait 0\n`)).toMatchObject({
      language: 'typescript',
      host: 'browser',
      code: 'await 0\n',
    })
  })

  test('a Python file whose first line is not a # header is refused, naming the file and line', () => {
    expect(() => parseExample('07-gathered.py', `// ${HEADER}\nimport asyncio\n`)).toThrow(
      '07-gathered.py:1: the first line must be a `# {…}` comment',
    )
    expect(() => parseExample('07-gathered.py', `import asyncio\n`)).toThrow(/^07-gathered\.py:1: /)
  })

  test('a header that is not JSON is refused, naming the file and line', () => {
    expect(() => parseExample('07-gathered.py', `# {"title": "Gathered",}\n`)).toThrow(/^07-gathered\.py:1: the header is not valid JSON/)
  })

  test('a Python header naming a host is refused, since asyncio has no other', () => {
    const header = HEADER.replace('{', '{"host": "node", ')
    expect(() => parseExample('07-gathered.py', `# ${header}\n`)).toThrow('07-gathered.py:1: header: host:')
  })

  test('a header missing a field or with a wrong tag names the field', () => {
    expect(() => parseExample('07-gathered.py', `# {"title": "Gathered", "tags": ["concurrency"]}\n`)).toThrow(
      /^07-gathered\.py:1: header: teaser: /,
    )
    expect(() => parseExample('07-gathered.py', `# ${HEADER.replace('concurrency', 'Not A Tag')}\n`)).toThrow(
      /^07-gathered\.py:1: header: tags\.0: /,
    )
    expect(() => parseExample('07-gathered.ts', `// ${HEADER}\n`)).toThrow(/^07-gathered\.ts:1: header: host: /)
  })

  test('a file of another kind is not an example', () => {
    expect(() => parseExample('07-gathered.js', `// ${HEADER}\n`)).toThrow('07-gathered.js: an example is a .ts or a .py file')
  })
})
