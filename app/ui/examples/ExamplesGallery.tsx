import { useState, type KeyboardEvent } from 'react'
import { searchExamples, type Example, type ExampleLanguage } from '../../model/examples.ts'
import { t } from '../../i18n/index.ts'

type LanguageFilter = ExampleLanguage | 'all'

const FILTERS: readonly { value: LanguageFilter; label: string }[] = [
  { value: 'all', label: 'examples.all' },
  { value: 'typescript', label: 'TypeScript' },
  { value: 'python', label: 'Python' },
]

const BADGES: Record<ExampleLanguage, string> = { typescript: 'TS', python: 'Python' }

interface Props {
  examples: readonly Example[]
  /** The editor's language: the gallery opens on that language's examples (All is one click away). */
  language: ExampleLanguage
  onOpen: (example: Example) => void
}

/** The gallery: classic event-loop puzzles and patterns in TypeScript and Python, searchable and filterable by language; one click opens one in the editor. */
export function ExamplesGallery({ examples, language, onOpen }: Props) {
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<LanguageFilter>(language)
  const found = searchExamples(examples, query)
  const shown = filter === 'all' ? found : found.filter((example) => example.language === filter)
  const elsewhere = found.length - shown.length
  const selected = FILTERS.findIndex((f) => f.value === filter)
  const onRadioKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }
    const move = moves[event.key]
    const target =
      move !== undefined
        ? (selected + move + FILTERS.length) % FILTERS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? FILTERS.length - 1
            : -1
    if (target < 0) return
    event.preventDefault()
    setFilter(FILTERS[target]!.value)
    event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]')[target]?.focus()
  }
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
      <div className="examples-filter">
        <div className="segmented" role="radiogroup" aria-label={t('picker.language')} onKeyDown={onRadioKey}>
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              role="radio"
              tabIndex={filter === f.value ? 0 : -1}
              aria-checked={filter === f.value}
              className={filter === f.value ? 'selected' : ''}
              onClick={() => setFilter(f.value)}
            >
              {f.value === 'all' ? t('examples.all') : f.label}
            </button>
          ))}
        </div>
        <p className="examples-count" aria-live="polite">
          {t('examples.count', { shown: shown.length, total: examples.length })}
          {elsewhere > 0 && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => setFilter('all')}>
                {t('examples.more', { count: elsewhere, language: filter === 'python' ? 'TypeScript' : 'Python' })}
              </button>
            </>
          )}
        </p>
      </div>
      <ul>
        {shown.map((example) => (
          <li key={`${example.language}:${example.id}`}>
            <button type="button" className="example-card" onClick={() => onOpen(example)}>
              <span className="example-heading">
                <span className="example-title">{example.title}</span>
                <span
                  className={`example-language ${example.language}`}
                  title={example.language === 'python' ? 'Python (asyncio)' : 'TypeScript'}
                >
                  {BADGES[example.language]}
                </span>
              </span>
              <span className="example-teaser">{example.teaser}</span>
              <span className="example-tags">
                {example.host === 'browser' && !example.tags.includes('browser') ? 'browser · ' : ''}
                {example.tags.join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
