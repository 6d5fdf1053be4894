import { browserStorage } from '../persistence/savedWork.ts'

/** What a learner has done in a lesson, saved locally. */
export interface LessonProgress {
  predicted: Record<number, 'right' | 'wrong'>
  solved: Record<number, true>
  visited: boolean
}

const KEY = 'looplab:progress'

function readAll(): Record<string, LessonProgress> {
  try {
    return JSON.parse(browserStorage()?.getItem(KEY) ?? '{}') as Record<string, LessonProgress>
  } catch {
    return {}
  }
}

export function lessonProgress(id: string): LessonProgress {
  return readAll()[id] ?? { predicted: {}, solved: {}, visited: false }
}

export function updateProgress(id: string, change: (progress: LessonProgress) => void): LessonProgress {
  const all = readAll()
  const progress = all[id] ?? { predicted: {}, solved: {}, visited: false }
  change(progress)
  all[id] = progress
  try {
    browserStorage()?.setItem(KEY, JSON.stringify(all))
  } catch {
    /* storage full or unavailable: progress is kept for this visit only */
  }
  return progress
}
