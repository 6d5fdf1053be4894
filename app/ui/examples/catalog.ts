import type { Locale } from '../../i18n/index.ts'
import { compareExamples, parseExample, type Example } from '../../model/examples.ts'
import chineseWords from '../../../lessons/zh-CN/examples.json' with { type: 'json' }

const files = import.meta.glob(['/lessons/examples/[0-9]*.ts', '/lessons/examples/[0-9]*.py'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>

/** `lessons/zh-CN/examples.json`: an example's title and teaser in Chinese, by example id. */
const TRANSLATIONS: Partial<Record<Locale, Record<string, { title?: string; teaser?: string } | undefined>>> = { 'zh-CN': chineseWords }

let loaded: Promise<Example[]> | undefined

/** Every gallery example, TypeScript then Python, each in file order (validated by the test suite; a broken file is skipped here). */
function loadEnglish(): Promise<Example[]> {
  loaded ??= Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      try {
        return parseExample(path.split('/').pop()!, await load())
      } catch (error) {
        console.error(error)
        return undefined
      }
    }),
  ).then((list) => list.filter((e): e is Example => e !== undefined).sort(compareExamples))
  return loaded
}

/** The gallery in a UI language: titles and teasers translated where a translation exists, English otherwise. */
export async function loadExamples(locale: Locale = 'en'): Promise<Example[]> {
  const examples = await loadEnglish()
  const words = TRANSLATIONS[locale]
  if (!words) return examples
  return examples.map((example) => {
    const own = words[example.id]
    return own ? { ...example, title: own.title || example.title, teaser: own.teaser || example.teaser } : example
  })
}
