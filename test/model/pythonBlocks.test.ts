import { describe, expect, test } from 'vitest'
import { loadLessons } from '../../app/cli/lessonsCheck.ts'
import { parseLesson } from '../../app/model/lessons/parse.ts'

const FRONT = '---\nid: py\ntitle: Python blocks\nsummary: Runnable Python blocks and fragments.\norder: 1\n---\n'

describe('python blocks in lessons', () => {
  test('`python asyncio` is a runnable program; `python fragment` is shown without Run', () => {
    const lesson = parseLesson(
      'x.md',
      `${FRONT}\n\`\`\`python asyncio "Run me"\nprint(1)\n\`\`\`\n\n\`\`\`python fragment "Part"\nawait x\n\`\`\`\n`,
    )
    expect(lesson.blocks).toEqual([
      { type: 'python', title: 'Run me', code: 'print(1)\n' },
      { type: 'python', title: 'Part', code: 'await x\n', fragment: true },
    ])
  })

  test('the course has runnable Python blocks, and marks the ones that need aiohttp, sockets or processes as fragments', () => {
    const python = loadLessons().flatMap((l) => l.blocks.filter((b) => b.type === 'python'))
    expect(python.filter((b) => !b.fragment).length).toBeGreaterThanOrEqual(10)
    for (const block of python.filter((b) => !b.fragment)) expect(block.code).toMatch(/asyncio\.run\(/)
  })
})
