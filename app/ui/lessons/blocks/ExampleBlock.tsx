interface Props {
  title: string
  code: string
  onOpen: () => void
  onRun: () => void
}

/** A runnable example: the code, and buttons to open it in the editor or run it at once. */
export function ExampleBlock({ title, code, onOpen, onRun }: Props) {
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
    </figure>
  )
}
