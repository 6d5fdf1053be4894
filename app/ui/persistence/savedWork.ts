/**
 * The learner's work, saved locally as they type and before every run, so a
 * crash or reload never loses it. Each document (the playground, each lesson
 * example) has its own key. Storage may be unavailable (private mode, quota):
 * saving then fails quietly and reports it, never throws into the UI.
 */
export interface DocumentStore {
  load: (id: string) => string | undefined
  save: (id: string, text: string) => boolean
  remove: (id: string) => void
}

const PREFIX = 'looplab:doc:'

export function createDocumentStore(storage: Storage | undefined): DocumentStore {
  return {
    load(id) {
      try {
        return storage?.getItem(PREFIX + id) ?? undefined
      } catch {
        return undefined
      }
    },
    save(id, text) {
      try {
        storage?.setItem(PREFIX + id, text)
        return storage !== undefined
      } catch {
        return false
      }
    },
    remove(id) {
      try {
        storage?.removeItem(PREFIX + id)
      } catch {
        /* storage unavailable: nothing to remove */
      }
    },
  }
}

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
