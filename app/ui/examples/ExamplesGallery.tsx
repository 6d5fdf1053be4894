import { useState } from 'react'
import { searchExamples, type Example } from '../../model/examples.ts'
import { t } from '../../i18n/index.ts'

/** The gallery: classic event-loop puzzles and patterns, searchable; one click opens one in the editor. */
export function ExamplesGallery({ examples, onOpen }: { examples: readonly Example[]; onOpen: (example: Example) => void }) {
  const [query, setQuery] = useState('')
  const shown = searchExamples(examples, query)
  return (
    <nav className="examples" aria-label={t('examples.label')}>
      <h2>{t('examples.label')}</h2>
      <input
        type="search"
        className="search"
        placeholder={t('examples.search')}
        aria-label={t('examples.searchLabel')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <p className="examples-count" aria-live="polite">
        {shown.length} of {examples.length} examples
      </p>
      <ul>
        {shown.map((example) => (
          <li key={example.id}>
            <button type="button" className="example-card" onClick={() => onOpen(example)}>
              <span className="example-title">{example.title}</span>
              <span className="example-teaser">{example.teaser}</span>
              <span className="example-tags">
                {example.host === 'browser' ? 'browser · ' : ''}
                {example.tags.join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
