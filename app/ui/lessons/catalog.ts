import { orderLessons, parseLesson } from '../../model/lessons/parse.ts'
import type { Lesson } from '../../model/lessons/types.ts'

/** Lesson files, bundled as text and loaded only when the course is opened. */
const files = import.meta.glob('/lessons/[0-9]*.md', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>

let loaded: Promise<Lesson[]> | undefined

/** Every lesson, parsed and ordered (validated at build and test time; a broken file is skipped here). */
export function loadCatalog(): Promise<Lesson[]> {
  loaded ??= Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const name = path.split('/').pop()!
      try {
        return parseLesson(name, await load())
      } catch (error) {
        console.error(error)
        return undefined
      }
    }),
  ).then((lessons) => orderLessons(lessons.filter((l): l is Lesson => l !== undefined)))
  return loaded
}
