import { LessonCode } from './LessonCode.tsx'

/** The Python asyncio counterpart of a lesson's idea, and what it prints when the lesson states it. */
export function PythonBlock({ title, code, output }: { title: string; code: string; output?: readonly string[] | undefined }) {
  return (
    <figure className="lesson-block python">
      <figcaption>
        <span className="block-kind">Python asyncio</span> {title}
      </figcaption>
      <LessonCode code={code} />
      {output && (
        <details className="example-output">
          <summary>What it prints (CPython 3.11)</summary>
          <LessonCode code={output.join('\n')} />
        </details>
      )}
    </figure>
  )
}
