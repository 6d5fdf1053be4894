/**
 * A lesson's program text in the narrow lesson column: long lines wrap (the
 * continuation is indented), so no code is ever cut off or hidden behind a
 * scrollbar the learner may not see.
 */
export function LessonCode({ code }: { code: string }) {
  const lines = code.replace(/\n$/, '').split('\n')
  return (
    <pre className="lesson-code wrap" tabIndex={0}>
      <code>
        {lines.map((line, i) => (
          <span key={i} className="code-line">
            {line === '' ? '\u200b' : line}
          </span>
        ))}
      </code>
    </pre>
  )
}
