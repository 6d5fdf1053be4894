interface Props {
  title: string
  code: string
  /** What it prints, as the lesson states it (checked by the lessons check), if the lesson states it. */
  output?: readonly string[] | undefined
  onOpen: () => void
  onRun: () => void
}

/** A runnable example: the code, buttons to open it in the editor or run it at once, and what it prints. */
export function ExampleBlock({ title, code, output, onOpen, onRun }: Props) {
  return (
    <figure className="lesson-block example">
      <figcaption>
        <span className="block-kind">Example</span> {title}
      </figcaption>
      <pre className="lesson-code" tabIndex={0}>
        <code>{code}</code>
      </pre>
      <div className="block-actions">
        <button type="button" className="button small primary" onClick={onRun}>
          Run it
        </button>
        <button type="button" className="button small" onClick={onOpen}>
          Open in editor
        </button>
      </div>
      {output && (
        <details className="example-output">
          <summary>What it prints</summary>
          <pre className="lesson-code" tabIndex={0}>
            <code>{output.join('\n')}</code>
          </pre>
        </details>
      )}
    </figure>
  )
}
