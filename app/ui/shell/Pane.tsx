import type { ReactNode } from 'react'

interface PaneProps {
  title: string
  /** The English name the pane's ids derive from (the title follows the UI language); the title when absent. */
  name?: string
  className?: string
  style?: React.CSSProperties
  /** Hidden but kept mounted (phone layout: one pane per tab). */
  hidden?: boolean
  /** Extra controls shown at the right of the pane's title bar. */
  actions?: ReactNode
  /** Keep the title for assistive technology only (the actions name the pane, e.g. with tabs). */
  hideTitle?: boolean
  children: ReactNode
}

/** A titled, labelled region of the workspace. */
export function Pane({ title, name, className, style, hidden, actions, hideTitle, children }: PaneProps) {
  const id = `pane-${(name ?? title).toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section className={`pane ${className ?? ''}`} aria-labelledby={id} style={style} hidden={hidden} id={`${id}-region`}>
      <header className="pane-header">
        <h2 id={id} className={hideTitle ? 'visually-hidden' : undefined}>
          {title}
        </h2>
        {actions}
      </header>
      <div className="pane-body">{children}</div>
    </section>
  )
}
