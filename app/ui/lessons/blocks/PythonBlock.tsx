/** The Python asyncio counterpart of a lesson's idea. */
export function PythonBlock({ title, code }: { title: string; code: string }) {
  return (
    <figure className="lesson-block python">
      <figcaption>
        <span className="block-kind">Python asyncio</span> {title}
      </figcaption>
      <pre className="lesson-code" tabIndex={0}>
        <code>{code}</code>
      </pre>
    </figure>
  )
}
