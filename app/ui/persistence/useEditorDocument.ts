import { useCallback, useEffect, useRef, useState } from 'react'
import { decodeLink, encodeLink } from './codeLink.ts'
import { browserStorage, createDocumentStore } from './savedWork.ts'
import type { HostProfile } from '../shell/HostPicker.tsx'
import { pythonStarterProgram } from './pythonStarterProgram.ts'
import { starterProgram } from './starterProgram.ts'

/** What is in the editor: the playground, or a lesson's example or exercise. */
export interface DocumentInfo {
  /** Where the learner's version is saved ('playground', 'lesson:call-stack:3'…). */
  id: string
  title: string
  /** The original text, for "reset to the original". */
  original: string
  host?: HostProfile
  lessonId?: string
}

export interface EditorDocument {
  info: DocumentInfo
  code: string
  setCode: (code: string) => void
  /** Opens a document: the learner's saved version if there is one, else the original (or `code`). Returns its text. */
  open: (info: DocumentInfo, code?: string) => string
  /** Puts the original back; the learner's version can be brought back with `undoReset`. */
  reset: () => void
  undoReset: () => void
  canUndoReset: boolean
  modified: boolean
  /** Saves now (before every run); false when storage refused. */
  saveNow: () => boolean
  openingProblem: string | undefined
}

export const PLAYGROUND: DocumentInfo = { id: 'playground', title: 'Playground', original: starterProgram }
/** The Python playground: its own saved document, so switching language never loses either program. */
export const PYTHON_PLAYGROUND: DocumentInfo = {
  id: 'playground-python',
  title: 'Python playground',
  original: pythonStarterProgram,
  host: 'python',
}
/** Where the learner's playground program is kept when a shared link replaces it in the editor. */
const PREVIOUS_ID = 'playground-before-link'
const LINK_UPDATE_DELAY_MS = 250
/** Which playground was open last (its language is where the next visit starts). */
const LAST_PLAYGROUND_KEY = 'looplab:last-playground'

/** The playground of a language. */
export function playgroundFor(profile: HostProfile | undefined): DocumentInfo {
  return profile === 'python' ? PYTHON_PLAYGROUND : PLAYGROUND
}

function isPlayground(id: string): boolean {
  return id === PLAYGROUND.id || id === PYTHON_PLAYGROUND.id
}

function lastPlayground(): DocumentInfo {
  try {
    return window.localStorage.getItem(LAST_PLAYGROUND_KEY) === PYTHON_PLAYGROUND.id ? PYTHON_PLAYGROUND : PLAYGROUND
  } catch {
    return PLAYGROUND
  }
}

function rememberPlayground(id: string): void {
  try {
    window.localStorage.setItem(LAST_PLAYGROUND_KEY, id)
  } catch {
    /* storage refused: the next visit starts in TypeScript */
  }
}

function initialPlayground(): { info: DocumentInfo; code: string; problem?: string; host?: string } {
  const link = decodeLink(window.location.hash)
  const store = createDocumentStore(browserStorage())
  if (link.code !== undefined) {
    const info = link.lang === 'py' ? PYTHON_PLAYGROUND : PLAYGROUND
    const saved = store.load(info.id)
    if (saved !== undefined && saved !== link.code)
      store.save(`${info.id === PLAYGROUND.id ? PREVIOUS_ID : `${info.id}-before-link`}`, saved)
    store.save(info.id, link.code)
    return { info, code: link.code, ...(link.host ? { host: link.host } : {}) }
  }
  const info = link.lang === 'py' ? PYTHON_PLAYGROUND : lastPlayground()
  return { info, code: store.load(info.id) ?? info.original, ...(link.error ? { problem: link.error } : {}) }
}

/**
 * The editor's document: saved locally on every edit and before every run,
 * restored after a reload or crash, one saved version per document. The
 * playground is also mirrored into the `#code=` link.
 */
export function useEditorDocument(): EditorDocument & { linkHost: string | undefined } {
  const [initial] = useState(initialPlayground)
  const [info, setInfo] = useState<DocumentInfo>(initial.info)
  const [code, setCodeState] = useState(initial.code)
  const [undo, setUndo] = useState<string | undefined>()
  const store = useRef(createDocumentStore(browserStorage()))
  const latest = useRef({ id: initial.info.id, code: initial.code })

  const setCode = useCallback((next: string) => {
    latest.current = { ...latest.current, code: next }
    setCodeState(next)
    store.current.save(latest.current.id, next)
  }, [])

  const open = useCallback((next: DocumentInfo, override?: string): string => {
    store.current.save(latest.current.id, latest.current.code)
    const text = override ?? store.current.load(next.id) ?? next.original
    if (override !== undefined) store.current.save(next.id, override)
    latest.current = { id: next.id, code: text }
    if (isPlayground(next.id)) rememberPlayground(next.id)
    setInfo(next)
    setCodeState(text)
    setUndo(undefined)
    return text
  }, [])

  const reset = useCallback(() => {
    setUndo(latest.current.code)
    setCode(info.original)
  }, [info, setCode])

  const undoReset = useCallback(() => {
    if (undo === undefined) return
    setCode(undo)
    setUndo(undefined)
  }, [undo, setCode])

  useEffect(() => {
    if (!isPlayground(info.id)) return
    const handle = window.setTimeout(() => {
      const hash = encodeLink({ code, ...(info.id === PYTHON_PLAYGROUND.id ? { lang: 'py' } : {}) })
      if (window.location.hash !== hash && !window.location.hash.startsWith('#lesson='))
        window.history.replaceState(null, '', hash || window.location.pathname)
    }, LINK_UPDATE_DELAY_MS)
    return () => window.clearTimeout(handle)
  }, [code, info.id])

  useEffect(() => {
    const flush = () => store.current.save(latest.current.id, latest.current.code)
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [])

  const saveNow = useCallback(() => store.current.save(latest.current.id, latest.current.code), [])
  return {
    info,
    code,
    setCode,
    open,
    reset,
    undoReset,
    canUndoReset: undo !== undefined,
    modified: code !== info.original,
    saveNow,
    openingProblem: initial.problem,
    linkHost: initial.host,
  }
}
