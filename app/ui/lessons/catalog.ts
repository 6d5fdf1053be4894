import type { Locale } from '../../i18n/index.ts'
import type { Lesson } from '../../model/lessons/types.ts'

/** The lesson parser (with its YAML and Markdown readers) loads with the course, not before first paint. */
const parser = () => import('../../model/lessons/parse.ts')

/** Lesson files, bundled as text and loaded only when the course is opened. */
const files = import.meta.glob('/lessons/[0-9]*.md', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>
/** Their translations, `lessons/zh-CN/NN-same-name.md`: same ids, blocks and checks. */
const chinese = import.meta.glob('/lessons/zh-CN/[0-9]*.md', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>

const loaded = new Map<Locale, Promise<Lesson[]>>()

async function parseFile(path: string, load: () => Promise<string>): Promise<Lesson | undefined> {
  try {
    const { parseLesson } = await parser()
    return parseLesson(path.split('/').pop()!, await load())
  } catch (error) {
    console.error(error)
    return undefined
  }
}

/**
 * Every lesson, parsed and ordered (validated at build and test time; a broken file is skipped here).
 * In Chinese, a lesson with a zh-CN file is served from it, any other in English.
 */
export function loadCatalog(locale: Locale = 'en'): Promise<Lesson[]> {
  let catalog = loaded.get(locale)
  if (!catalog) {
    catalog = Promise.all([
      Promise.all(Object.entries(files).map(([path, load]) => parseFile(path, load))),
      locale === 'zh-CN' ? Promise.all(Object.entries(chinese).map(([path, load]) => parseFile(path, load))) : Promise.resolve([]),
    ]).then(async ([english, translated]) => {
      const { orderLessons } = await parser()
      const byId = new Map(translated.filter((l): l is Lesson => l !== undefined).map((l) => [l.meta.id, l]))
      const lessons = english.filter((l): l is Lesson => l !== undefined).map((l) => byId.get(l.meta.id) ?? l)
      return orderLessons(lessons)
    })
    loaded.set(locale, catalog)
  }
  return catalog
}
