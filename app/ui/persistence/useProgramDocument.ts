import { useCallback, useEffect, useRef, useState } from 'react'
import { decodeLink, encodeLink } from './codeLink.ts'
import { browserStorage, createDocumentStore } from './savedWork.ts'
import { starterProgram } from './starterProgram.ts'

const PLAYGROUND_ID = 'playground'
/** Where the learner's own program is kept when a shared link replaces it in the editor. */
const PREVIOUS_ID = 'playground-before-link'
const LINK_UPDATE_DELAY_MS = 250

export interface ProgramDocument {
  code: string
  setCode(code: string): void
  /** Saves now (called before every run); false when storage refused. */
  saveNow(): boolean
  /** A problem met while opening (a damaged link), to show the learner. */
  openingProblem: string | undefined
}

function initialCode(): { code: string; problem?: string } {
  const link = decodeLink(window.location.hash)
  const store = createDocumentStore(browserStorage())
  const saved = store.load(PLAYGROUND_ID)
  if (link.code !== undefined) {
    if (saved !== undefined && saved !== link.code) store.save(PREVIOUS_ID, saved)
    return { code: link.code }
  }
  if (link.error) return { code: saved ?? starterProgram, problem: link.error }
  return { code: saved ?? starterProgram }
}

/**
 * The playground program: opened from a `#code=` link, else from local storage,
 * else the starter. Every edit is saved locally and mirrored into the link.
 */
export function useProgramDocument(): ProgramDocument {
  const [initial] = useState(initialCode)
  const [code, setCodeState] = useState(initial.code)
  const storeRef = useRef(createDocumentStore(browserStorage()))
  const latest = useRef(code)

  const setCode = useCallback((next: string) => {
    latest.current = next
    setCodeState(next)
    storeRef.current.save(PLAYGROUND_ID, next)
  }, [])

  useEffect(() => {
    const handle = window.setTimeout(() => {
      const hash = encodeLink({ code })
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash)
    }, LINK_UPDATE_DELAY_MS)
    return () => window.clearTimeout(handle)
  }, [code])

  useEffect(() => {
    const flush = () => storeRef.current.save(PLAYGROUND_ID, latest.current)
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [])

  const saveNow = useCallback(() => storeRef.current.save(PLAYGROUND_ID, latest.current), [])
  return { code, setCode, saveNow, openingProblem: initial.problem }
}
