import type { Check, Lesson, LessonBlock } from './types.ts'

/**
 * A program with its comments and blank lines taken out: a translation may reword
 * `// …` and `# …` comments (a line's own or its tail, after whitespace), nothing else.
 */
export function codeWithoutComments(code: string): string {
  return code
    .split('\n')
    .map((line) => line.replace(/(^|\s)(\/\/|#).*$/, '').trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
}

/** What a block is, for comparing the two files' sequences of roles ("example", "python fragment"…). */
function role(block: Exclude<LessonBlock, { type: 'markdown' }>): string {
  return block.type === 'python' && block.fragment ? 'python fragment' : block.type
}

/** A check without the words a translation rewrites. */
function checkShape(check: Check): string {
  const { message: _message, ...rest } = check
  return JSON.stringify(rest)
}

function programsOf(block: Exclude<LessonBlock, { type: 'markdown' }>): [string, string][] {
  switch (block.type) {
    case 'exercise':
      return [
        ['starter', block.starter],
        ['solution', block.solution],
      ]
    default:
      return [['code', block.code]]
  }
}

/**
 * How a translated lesson departs from its English original, or [] when it only rewords:
 * same id, order and host, the same sequence of block roles, the same code in every block
 * (comments and blank lines aside), the same printed output, and the same checks except
 * their `message` texts (an exercise's hint is prose, and may differ).
 */
export function translationProblems(english: Lesson, translated: Lesson): string[] {
  const problems: string[] = []
  const where = translated.file
  for (const field of ['id', 'order', 'host'] as const) {
    if (english.meta[field] !== translated.meta[field])
      problems.push(`${where}: ${field} is ${String(translated.meta[field])}, the English lesson's is ${String(english.meta[field])}`)
  }
  const ours = english.blocks.filter((b): b is Exclude<LessonBlock, { type: 'markdown' }> => b.type !== 'markdown')
  const theirs = translated.blocks.filter((b): b is Exclude<LessonBlock, { type: 'markdown' }> => b.type !== 'markdown')
  const roles = (blocks: typeof ours) => blocks.map(role).join(', ')
  if (roles(ours) !== roles(theirs)) {
    problems.push(`${where}: its blocks are ${roles(theirs) || 'none'}; the English lesson's are ${roles(ours) || 'none'}`)
    return problems
  }
  ours.forEach((block, i) => {
    const other = theirs[i]!
    const name = `block ${i + 1} (${role(block)} “${other.title}”)`
    const otherPrograms = programsOf(other)
    programsOf(block).forEach(([part, code], j) => {
      if (codeWithoutComments(code) !== codeWithoutComments(otherPrograms[j]![1]))
        problems.push(`${where}: ${name}: its ${part} differs from the English lesson's beyond comments`)
    })
    if ((block.type === 'example' || block.type === 'python') && (other.type === 'example' || other.type === 'python')) {
      if ((block.output?.lines ?? []).join('\n') !== (other.output?.lines ?? []).join('\n'))
        problems.push(`${where}: ${name}: the output it states differs from the English lesson's`)
    }
    if (block.type === 'exercise' && other.type === 'exercise') {
      const shapes = (checks: Check[]) => checks.map(checkShape).join('\n')
      if (shapes(block.checks) !== shapes(other.checks) || block.timeLimitMs !== other.timeLimitMs)
        problems.push(`${where}: ${name}: its checks differ from the English lesson's (only their messages may be translated)`)
    }
  })
  return problems
}
