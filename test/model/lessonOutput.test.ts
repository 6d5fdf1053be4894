import { runInNode } from '../../app/cli/nodeRunner.ts'
import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { lessonProblems, outputMismatch } from '../../app/cli/lessonsCheck.ts'
import { parseLesson } from '../../app/model/lessons/parse.ts'

const FRONT = '---\nid: test\ntitle: A test lesson\nsummary: Only used by the tests.\norder: 99\n---\n\n'
const EXAMPLE = "```ts example \"Order\"\nsetTimeout(() => console.log('timer'), 0)\nconsole.log('script')\n```\n"

describe('a lesson can state what an example prints', () => {
  test('a `text output` block right after an example is that example’s stated output', () => {
    const lesson = parseLesson('99-test.md', `${FRONT}${EXAMPLE}\n\`\`\`text output\nscript\ntimer\n\`\`\`\n\nThe script prints first.\n`)
    const example = lesson.blocks.find((b) => b.type === 'example')
    expect(example?.type === 'example' && example.output).toEqual({ lines: ['script', 'timer'], line: 13 })
    expect(lesson.blocks.at(-1)).toEqual({ type: 'markdown', text: 'The script prints first.' })
  })

  test('an output block anywhere else is an error naming its line', () => {
    expect(() => parseLesson('99-test.md', `${FRONT}Prose.\n\n\`\`\`text output\nx\n\`\`\`\n`)).toThrow(
      '99-test.md:10: a `text output` block must follow a `ts example` or `python asyncio` block directly',
    )
    expect(() => parseLesson('99-test.md', `${FRONT}${EXAMPLE}\nSome prose.\n\n\`\`\`text output\nscript\n\`\`\`\n`)).toThrow(
      /must follow a `ts example` or `python asyncio` block directly/,
    )
  })

  test('the lessons check fails a lesson whose stated output is false, saying which line differs', () => {
    const lesson = parseLesson('99-test.md', `${FRONT}${EXAMPLE}\n\`\`\`text output\ntimer\nscript\n\`\`\`\n`)
    expect(lessonProblems([lesson], runInNode).problems).toEqual([
      '99-test.md:13 — Order: the output the lesson states is not what the example prints: line 1 is “script”, the lesson says “timer”',
    ])
    const right = parseLesson('99-test.md', `${FRONT}${EXAMPLE}\n\`\`\`text output\nscript\ntimer\n\`\`\`\n`)
    expect(lessonProblems([right], runInNode).problems).toEqual([])
  })

  test('a stated output of the wrong length is reported', () => {
    expect(outputMismatch(['a'], ['a', 'b'])).toBe('it prints 2 lines, the lesson states 1; line 2 is “b”')
    expect(outputMismatch(['a', 'b'], ['a'])).toBe('it prints 1 line, the lesson states 2')
    expect(outputMismatch(['a'], ['a'])).toBeUndefined()
  })
})

const hasPython = !spawnSync('python3', ['--version']).error

describe('a lesson can state what its Python block prints', () => {
  test.skipIf(!hasPython)('the lessons check runs the block with python3 and fails a false statement', () => {
    const python =
      '```python asyncio "Ready queue"\nimport asyncio\n\nasync def main():\n    asyncio.get_running_loop().call_soon(print, "callback")\n    print("main")\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n```\n'
    const wrong = parseLesson('99-test.md', `${FRONT}${python}\n\`\`\`text output\ncallback\nmain\n\`\`\`\n`)
    expect(lessonProblems([wrong], runInNode).problems).toEqual([
      '99-test.md:19 — Ready queue: the output the lesson states is not what python3 prints: line 1 is “main”, the lesson says “callback”',
    ])
    const right = parseLesson('99-test.md', `${FRONT}${python}\n\`\`\`text output\nmain\ncallback\n\`\`\`\n`)
    expect(lessonProblems([right], runInNode).problems).toEqual([])
  })
})
