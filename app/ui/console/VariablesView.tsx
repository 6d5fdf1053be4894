import type { VariablesState } from '../run/useVariables.ts'
import { t } from '../../i18n/index.ts'

/**
 * Python Tutor's frames, for async code: the module's top level, every frame
 * on the call stack and every coroutine paused at an await, each with its
 * bindings formatted as the console formats them; what just changed is marked.
 */
export function VariablesView({ state }: { state: VariablesState }) {
  if (state.status === 'idle')
    return (
      <div className="variables-view">
        <p className="empty-state">{t('variablesView.run')}</p>
      </div>
    )
  if (state.status === 'unavailable' || state.status === 'loading')
    return (
      <div className="variables-view" aria-busy={state.status === 'loading'}>
        <p className="empty-state">{state.status === 'loading' ? t('variablesView.loading') : state.reason}</p>
      </div>
    )
  if (state.frames.length === 0)
    return (
      <div className="variables-view">
        <p className="empty-state">{t('variablesView.notStarted')}</p>
      </div>
    )
  return (
    <div className="variables-view">
      {state.frames.map((frame) => (
        <section key={frame.key} className={`variable-frame frame-${frame.kind}`} aria-label={`${frame.name}, ${frame.note}`}>
          <h3>
            <span className="frame-name">{frame.name}</span>
            <span className="frame-note">
              {frame.note}
              {frame.line > 0 ? ` · ${t('variablesView.line', { line: frame.line })}` : ''}
            </span>
          </h3>
          {frame.vars.length === 0 ? (
            <p className="frame-empty">{t('variablesView.none')}</p>
          ) : (
            <dl>
              {frame.vars.map((v) => (
                <div
                  key={`${v.scope}:${v.name}`}
                  className={`variable${v.changed ? ' changed' : ''}${v.scope === 'closure' ? ' closure' : ''}`}
                >
                  <dt>
                    {v.name}
                    {v.scope === 'closure' && <span className="variable-tag"> ({t('variablesView.closure')})</span>}
                  </dt>
                  <dd>
                    {v.preview}
                    {v.changed && <span className="visually-hidden"> ({t('variablesView.changed')})</span>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </div>
  )
}
