import { z } from 'zod'

/** The one-line JSON header of an example file (`// {"title": …}`). */
export const exampleHeaderSchema = z
  .object({
    title: z.string().min(3).max(60),
    teaser: z.string().min(10).max(140),
    host: z.enum(['node', 'browser']),
    tags: z
      .array(z.string().regex(/^[a-z-]+$/))
      .min(1)
      .max(5),
  })
  .strict()

export interface Example {
  /** File name without the extension, e.g. `01-classic-order`. */
  id: string
  title: string
  teaser: string
  host: 'node' | 'browser'
  tags: string[]
  /** The program, without its header line. */
  code: string
}

/** Reads an example file; throws with the file name when its header is missing or wrong. */
export function parseExample(file: string, text: string): Example {
  const newline = text.indexOf('\n')
  const first = newline < 0 ? text : text.slice(0, newline)
  const match = /^\/\/\s*(\{.*\})\s*$/.exec(first)
  if (!match) throw new Error(`${file}: the first line must be a comment holding the example's JSON header`)
  let raw: unknown
  try {
    raw = JSON.parse(match[1]!)
  } catch (error) {
    throw new Error(`${file}: the header is not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const header = exampleHeaderSchema.safeParse(raw)
  if (!header.success) throw new Error(`${file}: header: ${header.error.issues[0]!.path.join('.')}: ${header.error.issues[0]!.message}`)
  return { id: file.replace(/\.ts$/, ''), ...header.data, code: text.slice(newline + 1).replace(/^\n+/, '') }
}

/** Examples whose title, teaser or tags contain every word of the query. */
export function searchExamples(examples: readonly Example[], query: string): Example[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...examples]
  return examples.filter((example) => {
    const haystack = `${example.title} ${example.teaser} ${example.tags.join(' ')} ${example.host}`.toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}
