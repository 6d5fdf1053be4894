import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { parseExample, searchExamples } from '../../app/model/examples.ts'

const DIR = join(import.meta.dirname, '../../lessons/examples')
const files = readdirSync(DIR)
  .filter((name) => /^\d+-.*\.ts$/.test(name))
  .sort()
const examples = files.map((name) => parseExample(name, readFileSync(join(DIR, name), 'utf8')))

describe('the examples gallery', () => {
  test('holds at least 20 examples with valid headers', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20)
  })

  test('search finds examples by words of their title, teaser or tags', () => {
    const first = examples[0]!
    expect(searchExamples(examples, first.title.split(' ')[0]!)).toContainEqual(first)
    expect(searchExamples(examples, 'no-such-word-anywhere')).toEqual([])
  })

  for (const example of examples) {
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
