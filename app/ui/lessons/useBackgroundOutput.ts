import { useEffect, useRef } from 'react'
import { Runner } from '../../sandbox/page/runner.ts'

/**
 * Runs a program out of sight (its own sandbox) and hands back the lines it
 * printed: what "predict the order" questions are made of, computed by the
 * engine rather than written by hand.
 */
export function useBackgroundOutput(): (code: string, host: 'node' | 'browser') => Promise<string[]> {
  const runnerRef = useRef<{ runner: Runner; container: HTMLElement } | null>(null)
  useEffect(
    () => () => {
      runnerRef.current?.runner.kill()
      runnerRef.current?.container.remove()
    },
    [],
  )
  return (code, host) => {
    if (!runnerRef.current) {
      const container = document.createElement('div')
      container.className = 'sandbox-host'
      document.body.appendChild(container)
      runnerRef.current = { runner: new Runner(container), container }
    }
    const { runner } = runnerRef.current
    return new Promise((resolve, reject) => {
      void runner.run(code, { host }, (event) => {
        if (event.type === 'finished') {
          event.session.catchUp()
          resolve(event.session.console.texts())
        } else if (event.type === 'failed') reject(new Error(event.message))
        else if (event.type === 'compile-errors') reject(new Error('The question’s program does not compile.'))
      })
    })
  }
}
