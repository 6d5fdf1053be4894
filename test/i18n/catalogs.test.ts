import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, test } from 'vitest'
import en from '../../app/i18n/en.json'
import zhCN from '../../app/i18n/zh-CN.json'

type Catalog = { [key: string]: string | Catalog }

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}

/** A message's placeholders: each argument with its kind (plain, number, plural, select and its cases' keys). */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.add(`${element.value}`)
    else if (element.type === TYPE.number) found.add(`${element.value}:number`)
    else if (element.type === TYPE.plural) {
      found.add(`${element.value}:plural`)
      for (const option of Object.values(element.options)) placeholders(option.value, found)
    } else if (element.type === TYPE.select) {
      found.add(`${element.value}:select(${Object.keys(element.options).sort().join('|')})`)
      for (const option of Object.values(element.options)) placeholders(option.value, found)
    } else if (element.type === TYPE.tag) placeholders(element.children, found)
  }
  return found
}

const english = flatten(en)
const chinese = flatten(zhCN)

describe('the message catalogs', () => {
  test('the Chinese catalog has exactly the keys of the English one', () => {
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([])
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([])
  })

  test('every message parses as ICU MessageFormat in both languages', () => {
    const broken: string[] = []
    for (const [name, catalog] of [
      ['en', english],
      ['zh-CN', chinese],
    ] as const) {
      for (const [key, message] of catalog) {
        try {
          parse(message)
        } catch (error) {
          broken.push(`${name} ${key}: ${(error as Error).message}`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  test('each Chinese message uses the same placeholders as its English one', () => {
    const differ: string[] = []
    for (const [key, message] of english) {
      const other = chinese.get(key)
      if (other === undefined) continue
      // A Chinese count needs no plural forms: "{n} 个任务" stands for "{n, plural, one {# task} other {# tasks}}".
      const names = (set: Set<string>) => [...set].map((p) => p.replace(/:plural$/, '')).sort()
      const ours = names(placeholders(parse(message)))
      const theirs = names(placeholders(parse(other)))
      if (ours.join() !== theirs.join()) differ.push(`${key}: en {${ours.join(', ')}} zh-CN {${theirs.join(', ')}}`)
    }
    expect(differ).toEqual([])
  })

  test('the Chinese catalog is Chinese: no message is left as its English text', () => {
    const untranslated = [...english].filter(([key, message]) => /\b[a-z]{3,} [a-z]{3,}\b/.test(message) && chinese.get(key) === message)
    expect(untranslated.map(([key]) => key)).toEqual([])
  })
})
