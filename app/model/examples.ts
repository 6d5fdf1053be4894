import { z } from 'zod'

/** The one-line JSON header of an example file (`// {"title": …}` or, in Python, `# {"title": …}`). */
const headerFields = {
  title: z.string().min(3).max(60),
  teaser: z.string().min(10).max(140),
  tags: z
    .array(z.string().regex(/^[a-z-]+$/))
    .min(1)
    .max(5),
}

export const exampleHeaderSchema = z.object({ ...headerFields, host: z.enum(['node', 'browser']) }).strict()

/** A Python example runs on asyncio's loop, which has no other host: its header names none. */
export const pythonExampleHeaderSchema = z.object(headerFields).strict()

export type ExampleLanguage = 'typescript' | 'python'

interface ExampleBase {
  /** File name without the extension, e.g. `01-classic-order`. */
  id: string
  title: string
  teaser: string
  tags: string[]
  /** The program, without its header line. */
  code: string
}

/** A TypeScript example runs on the Node.js or the browser event loop; a Python one on asyncio's. */
export type Example =
  (ExampleBase & { language: 'typescript'; host: 'node' | 'browser' }) | (ExampleBase & { language: 'python'; host: 'python' })

const LANGUAGES: Record<string, { language: ExampleLanguage; comment: RegExp; marker: string }> = {
  '.ts': { language: 'typescript', comment: /^\/\/\s*(\{.*\})\s*$/, marker: '//' },
  '.py': { language: 'python', comment: /^#\s*(\{.*\})\s*$/, marker: '#' },
}

/** The language of an example file, from its extension (`undefined` for a file that is no example). */
export function exampleLanguage(file: string): ExampleLanguage | undefined {
  return LANGUAGES[/\.[a-z]+$/.exec(file)?.[0] ?? '']?.language
}

/**
 * Reads an example file (`NN-name.ts` or `NN-name.py`); throws `file:1: …` when its header is
 * missing or wrong, so the message points at the line to fix.
 */
export function parseExample(file: string, text: string): Example {
  const extension = /\.[a-z]+$/.exec(file)?.[0] ?? ''
  const kind = LANGUAGES[extension]
  if (!kind) throw new Error(`${file}: an example is a .ts or a .py file`)
  const where = `${file}:1`
  const newline = text.indexOf('\n')
  const first = (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, '')
  const match = kind.comment.exec(first)
  if (!match) throw new Error(`${where}: the first line must be a \`${kind.marker} {…}\` comment holding the example's JSON header`)
  let raw: unknown
  try {
    raw = JSON.parse(match[1]!)
  } catch (error) {
    throw new Error(`${where}: the header is not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const id = file.slice(0, -extension.length)
  const code = newline < 0 ? '' : text.slice(newline + 1).replace(/^(\r?\n)+/, '')
  if (kind.language === 'python') {
    if (typeof raw === 'object' && raw !== null && 'host' in raw)
      throw new Error(`${where}: header: host: a Python example runs on asyncio's loop; leave "host" out`)
    const header = pythonExampleHeaderSchema.safeParse(raw)
    if (!header.success) throw new Error(`${where}: header: ${describeIssue(header.error)}`)
    return { id, ...header.data, language: 'python', host: 'python', code }
  }
  const header = exampleHeaderSchema.safeParse(raw)
  if (!header.success) throw new Error(`${where}: header: ${describeIssue(header.error)}`)
  return { id, ...header.data, language: 'typescript', code }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message
}

/** Examples whose title, teaser, tags or host contain every word of the query. */
export function searchExamples(examples: readonly Example[], query: string): Example[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...examples]
  return examples.filter((example) => {
    const haystack = `${example.title} ${example.teaser} ${example.tags.join(' ')} ${example.host}`.toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

/** The gallery's order: TypeScript examples, then Python ones, each in file (number) order. */
export function compareExamples(a: Example, b: Example): number {
  if (a.language !== b.language) return a.language === 'typescript' ? -1 : 1
  return a.id.localeCompare(b.id)
}
