import { describe, expect, test } from 'vitest'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import { codeWithoutComments, translationProblems } from '../../app/model/lessons/translation.ts'

const fence = '```'
const lesson = (meta: string, body: string) => `---\n${meta}\n---\n\n${body}\n`
const META = 'id: sample\ntitle: A sample\nsummary: A lesson used by the tests only.\norder: 99\nhost: node'
const ZH_META = 'id: sample\ntitle: 示例课程\nsummary: 仅供测试使用的一课。\norder: 99\nhost: node'
const BODY = (words: { intro: string; comment: string; message: string; hint: string; log?: string }) =>
  [
    words.intro,
    `${fence}ts example "Order"`,
    `// ${words.comment}`,
    `console.log('${words.log ?? 'a'}')`,
    fence,
    `${fence}ts exercise "Print b"`,
    `console.log('a')`,
    fence,
    `${fence}yaml checks`,
    `checks:\n  - kind: output-includes\n    text: b\n    message: ${words.message}\nhint: ${words.hint}`,
    fence,
    `${fence}ts solution`,
    `console.log('b') // ${words.comment}`,
    fence,
  ].join('\n')

const english = parseLesson(
  '99-sample.md',
  lesson(META, BODY({ intro: 'Intro.', comment: 'prints a', message: 'Print b.', hint: 'Change the text.' })),
)

describe('a translated lesson is checked against its English one', () => {
  test('a translation that rewords prose, titles, comments, messages and hints passes', () => {
    const chinese = parseLesson(
      'zh-CN/99-sample.md',
      lesson(ZH_META, BODY({ intro: '介绍。', comment: '输出 a', message: '输出 b。', hint: '修改文字。' })),
    )
    expect(translationProblems(english, chinese)).toEqual([])
  })

  test('a translation that changes the code, a check or the order is reported', () => {
    const changedCode = parseLesson(
      'zh-CN/99-sample.md',
      lesson(ZH_META, BODY({ intro: '介绍。', comment: '输出 a', message: '输出 b。', hint: '修改文字。', log: '甲' })),
    )
    expect(translationProblems(english, changedCode)).toEqual([
      "zh-CN/99-sample.md: block 1 (example “Order”): its code differs from the English lesson's beyond comments",
    ])
    const changedCheck = parseLesson(
      'zh-CN/99-sample.md',
      lesson(ZH_META, BODY({ intro: '介绍。', comment: '注释', message: '输出 b。', hint: '修改文字。' }).replace('text: b', 'text: c')),
    )
    expect(translationProblems(english, changedCheck).join('\n')).toContain('its checks differ')
    const moved = parseLesson(
      'zh-CN/99-sample.md',
      lesson(ZH_META.replace('order: 99', 'order: 98'), BODY({ intro: '', comment: '', message: 'x', hint: '修改文字。' })),
    )
    expect(translationProblems(english, moved)).toEqual(["zh-CN/99-sample.md: order is 98, the English lesson's is 99"])
  })

  test('comments and blank lines are all that is set aside when comparing code', () => {
    expect(codeWithoutComments("// 说明\nconst a = 1 // 一\n\n# 注释\nprint('#1')")).toBe("const a = 1\nprint('#1')")
    expect(codeWithoutComments("fetch('https://x.dev/a')")).toBe("fetch('https://x.dev/a')")
  })
})
