import { runInNode } from '../../app/cli/nodeRunner.ts'
import { describe, expect, test } from 'vitest'
import { checkProgram, loadLessons } from '../../app/cli/lessonsCheck.ts'

const lessons = loadLessons()

function exercise(lessonId: string) {
  const lesson = lessons.find((l) => l.meta.id === lessonId)!
  const block = lesson.blocks.find((b) => b.type === 'exercise')
  if (block?.type !== 'exercise') throw new Error(`${lessonId} has no exercise`)
  return { lesson, block }
}

describe('lesson exercises catch near misses', () => {
  test('lesson 16 fails a solution that draws only every other vsync (3 frames in 90 ms of chunked work)', () => {
    const { lesson, block } = exercise('browser-event-loop')
    const everyOther = block.solution.replace(
      'if (!done) requestAnimationFrame(draw)',
      'if (!done) setTimeout(() => requestAnimationFrame(draw), 17)',
    )
    expect(everyOther).not.toBe(block.solution)
    const { result, checks } = checkProgram(lesson, everyOther, block, runInNode)
    const output = result.stdout.split('\n')
    expect(
      output
        .slice(
          0,
          output.findIndex((line) => line.startsWith('all 30 chunks done')),
        )
        .filter((l) => l === 'frame'),
    ).toHaveLength(3)
    const failed = checks.filter((c) => !c.passed)
    expect(failed.map((c) => c.check?.kind)).toEqual(['output-order'])
    expect(failed[0]!.message).toContain('Only 3 “frame” lines came before “all 30 chunks done”, not 5.')
    expect(checkProgram(lesson, block.solution, block, runInNode).checks.every((c) => c.passed)).toBe(true)
  })
})
