import type { Lesson } from '../../model/lessons/types.ts'
import { lessonProgress } from './progress.ts'
import { t } from '../../i18n/index.ts'

/** The course: every lesson in order, with what the learner has done in each. */
export function CourseOutline({ lessons, current, onOpen }: { lessons: readonly Lesson[]; current: string | undefined; onOpen: (id: string) => void }) {
  return (
    <nav className="course-outline" aria-label={t('course.label')}>
      <h2>{t('course.title')}</h2>
      <ol>
        {lessons.map((lesson) => {
          const progress = lessonProgress(lesson.meta.id)
          const exercises = lesson.blocks.filter((b) => b.type === 'exercise').length
          const solved = Object.keys(progress.solved).length
          return (
            <li key={lesson.meta.id} className={lesson.meta.id === current ? 'current' : ''}>
              <a href={`#lesson=${lesson.meta.id}`} aria-current={lesson.meta.id === current ? 'page' : undefined} onClick={(event) => {
                event.preventDefault()
                onOpen(lesson.meta.id)
              }}>
                <span className="outline-title">{lesson.meta.title}</span>
                <span className="outline-summary">{lesson.meta.summary}</span>
                <span className="outline-progress">{progress.visited ? (exercises > 0 ? `${Math.min(solved, exercises)}/${exercises} exercises` : 'read') : 'not started'}</span>
              </a>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
