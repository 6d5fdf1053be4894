import { useCallback, useEffect, useState } from 'react'
import { decodeLink } from '../persistence/codeLink.ts'

/** The lesson named in the URL (`#lesson=<id>`), kept in sync with back/forward. */
export function useLessonRoute(): [string | undefined, (lesson: string | undefined) => void] {
  const read = () => decodeLink(window.location.hash).lesson
  const [lesson, setLessonState] = useState<string | undefined>(read)
  useEffect(() => {
    const onChange = () => setLessonState(read())
    window.addEventListener('hashchange', onChange)
    window.addEventListener('popstate', onChange)
    return () => {
      window.removeEventListener('hashchange', onChange)
      window.removeEventListener('popstate', onChange)
    }
  }, [])
  const setLesson = useCallback((next: string | undefined) => {
    window.history.pushState(null, '', next ? `#lesson=${encodeURIComponent(next)}` : window.location.pathname)
    setLessonState(next)
  }, [])
  return [lesson, setLesson]
}
