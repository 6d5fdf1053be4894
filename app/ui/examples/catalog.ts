import { compareExamples, parseExample, type Example } from '../../model/examples.ts'

const files = import.meta.glob(['/lessons/examples/[0-9]*.ts', '/lessons/examples/[0-9]*.py'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>

let loaded: Promise<Example[]> | undefined

/** Every gallery example, TypeScript then Python, each in file order (validated by the test suite; a broken file is skipped here). */
export function loadExamples(): Promise<Example[]> {
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
