import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ZH = join(import.meta.dirname, '../../lessons/zh-CN')

/** The rows of the glossary's "不用的译法" table: [avoided, preferred]. */
function avoidedTerms(glossary: string): [string, string][] {
  const section = glossary.split(/^## /m).find((part) => part.startsWith('不用的译法'))
  if (!section) return []
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---') && !line.startsWith('| 不要写'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => [cells[1]!, cells[2]!])
}

/** Every Chinese text a learner reads: the lessons, the UI catalog, the gallery's words. */
function chineseTexts(): { file: string; text: string }[] {
  const lessons = readdirSync(ZH)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .map((name) => ({ file: `lessons/zh-CN/${name}`, text: readFileSync(join(ZH, name), 'utf8') }))
  const catalog = { file: 'app/i18n/zh-CN.json', text: readFileSync(join(import.meta.dirname, '../../app/i18n/zh-CN.json'), 'utf8') }
  const examples = { file: 'lessons/zh-CN/examples.json', text: readFileSync(join(ZH, 'examples.json'), 'utf8') }
  return [...lessons, catalog, examples]
}

/** Each line of `texts` that uses an avoided rendering, as `file:line: “term” (write “preferred”)`. */
function avoidedRenderings(texts: { file: string; text: string }[], avoided: [string, string][]): string[] {
  const found: string[] = []
  for (const { file, text } of texts) {
    text.split('\n').forEach((line, i) => {
      for (const [term, preferred] of avoided) if (line.includes(term)) found.push(`${file}:${i + 1}: “${term}” (write “${preferred}”)`)
    })
  }
  return found
}

describe('the Chinese glossary', () => {
  const avoided = avoidedTerms(readFileSync(join(ZH, 'GLOSSARY.md'), 'utf8'))

  it('lists the renderings the course avoids', () => {
    expect(avoided.length).toBeGreaterThanOrEqual(10)
  })

  it('is followed by every Chinese lesson, the UI catalog and the gallery: no avoided rendering appears', () => {
    expect(avoidedRenderings(chineseTexts(), avoided)).toEqual([])
  })

  it('points at the file and line where an avoided rendering slips in', () => {
    const texts = [{ file: 'lessons/zh-CN/99-sample.md', text: '# 标题\n\n这就是事件轮询的工作方式。\n' }]
    expect(avoidedRenderings(texts, avoided)).toEqual(['lessons/zh-CN/99-sample.md:3: “事件轮询” (write “事件循环”)'])
  })
})
