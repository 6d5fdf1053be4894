import AxeBuilder from '@axe-core/playwright'
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { editorText, replaceProgram, waitForEditor } from './support/editor.ts'
import { preferRunToEnd, waitForRunEnd } from './support/run.ts'

const PROGRAM = `console.log('A')
setTimeout(() => console.log('D'), 5)
Promise.resolve().then(() => console.log('C'))
async function main() {
  console.log('B')
  await null
  console.log('after await')
}
main()
`

const HAN = /\p{Script=Han}/u

/** The title of a Chinese lesson, read from its file's front matter. */
function chineseTitle(file: string): string {
  const text = readFileSync(new URL(`../../lessons/zh-CN/${file}`, import.meta.url), 'utf8')
  return /^title: (.+)$/m.exec(text)![1]!.trim()
}

async function chooseLanguage(page: Page, menu: string, item: RegExp) {
  await page.getByRole('button', { name: menu }).click()
  await page.getByRole('menuitem', { name: item }).click()
}

/** Buttons, tabs and labels whose text is wider than their box (clipped or spilling out); the phase pills shorten Node's phase names by design. */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="tab"], label, .pane-header h2, select')]
      .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, .phase-pills') && el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} “${(el.innerText || el.getAttribute('aria-label') || '').trim()}” ${el.scrollWidth} > ${el.clientWidth}`,
      ),
  )
}

test.describe('the app in Simplified Chinese', () => {
  test('English is the default in an English browser', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('.app-header').getByRole('button', { name: 'Run', exact: true })).toBeVisible()
  })

  test('switching the language mid-run keeps the run, the step and the editor, and rewords the UI', async ({ page }) => {
    // The run goes to its last step (not playing), so the steps below are the test's alone.
    await preferRunToEnd(page)
    await page.goto('/')
    await replaceProgram(page, PROGRAM)
    await page.locator('.app-header').getByRole('button', { name: 'Run', exact: true }).click()
    await waitForRunEnd(page)
    await page.getByRole('button', { name: 'Go to start' }).click()
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward' }).click()
    const readout = page.locator('.step-readout')
    const step = await readout.innerText()
    const code = await editorText(page)
    const englishNarration = await page.locator('.narration-text').innerText()
    const log = await page.getByRole('log').innerText()

    await chooseLanguage(page, 'More ▾', /^Language: 简体中文/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.locator('.app-header').getByRole('button', { name: '运行', exact: true })).toBeVisible()
    await expect(readout).toHaveText(step)
    await expect(page.locator('.narration-text')).not.toHaveText(englishNarration)
    await expect(page.locator('.narration-text')).toHaveText(HAN)
    await expect(page.getByRole('status')).toHaveText(HAN)
    await expect(page.getByRole('status')).not.toHaveText(/编译|Compiling|Running|运行中/)
    expect(await editorText(page)).toBe(code)
    expect(await page.getByRole('log').innerText()).toBe(log)

    await page.getByRole('button', { name: '前进一步' }).click()
    await expect(readout).not.toHaveText(step)
    await chooseLanguage(page, '更多 ▾', /English/)
    await expect(page.locator('.app-header').getByRole('button', { name: 'Run', exact: true })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    expect(await editorText(page)).toBe(code)
  })

  test('the choice is remembered across visits', async ({ page }) => {
    await page.goto('/')
    await chooseLanguage(page, 'More ▾', /^Language: 简体中文/)
    await page.reload()
    await expect(page.locator('.app-header').getByRole('button', { name: '运行', exact: true })).toBeVisible()
  })

  for (const hash of ['#ui=zh-CN', '#lang=zh-CN']) {
    test(`a ${hash} link opens the app in Chinese`, async ({ page }) => {
      await page.goto(`/${hash}`)
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await expect(page.locator('.app-header').getByRole('button', { name: '运行', exact: true })).toBeVisible()
      await expect(page.getByRole('status')).toHaveText(HAN)
    })
  }

  test('a link with lang=py and ui=zh-CN opens Python in a Chinese UI', async ({ page }) => {
    await page.goto('/#code=Q&lang=py&ui=zh-CN')
    await expect(page.getByRole('combobox', { name: '编程语言' })).toHaveValue('python')
    await expect(page.locator('.app-header').getByRole('button', { name: '运行', exact: true })).toBeVisible()
  })

  test('a lesson opens in its Chinese translation', async ({ page }) => {
    await page.goto('/#lesson=call-stack&ui=zh-CN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chineseTitle('01-call-stack.md'))
    await expect(page.locator('.lesson-kicker')).toHaveText(/第 1 课/)
    // The program it puts in the editor carries the Chinese lesson's title too, and follows a switch.
    await expect(page.locator('.doc-title')).toContainText(chineseTitle('01-call-stack.md'))
    await chooseLanguage(page, '更多 ▾', /English/)
    await expect(page.locator('.doc-title')).toContainText('The call stack and run-to-completion')
  })

  test('a Chinese lesson’s predict question and exercise work, with their feedback in Chinese', async ({ page }) => {
    await preferRunToEnd(page)
    await page.goto('/#lesson=waiting-without-blocking&ui=zh-CN')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chineseTitle('02-waiting-without-blocking.md'))
    const predict = page.locator('figure.predict').first()
    await predict.getByRole('button', { name: '预测输出顺序' }).click()
    await expect(predict.locator('.predict-list li').first()).toBeVisible({ timeout: 30_000 })
    await predict.getByRole('button', { name: '检查我的预测' }).click()
    await expect(predict.getByRole('button', { name: '观看运行' })).toBeVisible()
    await expect(predict.locator('.block-note')).toHaveText(HAN)

    await page.goto('/#lesson=call-stack&ui=zh-CN')
    const exercise = page.getByRole('region', { name: /^练习：/ }).first()
    await exercise.getByRole('button', { name: '打开初始代码' }).click()
    await exercise.getByRole('button', { name: '检查我的代码' }).click()
    const failed = exercise.locator('.check-results .failed').first()
    await expect(failed).toBeVisible({ timeout: 30_000 })
    await expect(failed).toHaveText(HAN)
    page.once('dialog', (dialog) => void dialog.accept())
    await exercise.getByRole('button', { name: '查看答案' }).click()
    await exercise.getByRole('button', { name: '检查我的代码' }).click()
    await expect(exercise.locator('.check-results .summary')).toHaveText(/所有检查都通过了/, { timeout: 30_000 })
    await expect(exercise.getByText('已完成')).toBeVisible()
  })

  test('the gallery shows Chinese titles', async ({ page }) => {
    const words = JSON.parse(readFileSync(new URL('../../lessons/zh-CN/examples.json', import.meta.url), 'utf8')) as Record<
      string,
      { title: string }
    >
    await page.goto('/#ui=zh-CN')
    await page.getByRole('button', { name: '示例', exact: true }).click()
    await expect(page.locator('.example-title').first()).toHaveText(words['01-classic-order']!.title)
  })

  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`in Chinese at ${viewport.width}×${viewport.height} no label is clipped and axe finds nothing serious (${name})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await page.goto('/#lesson=promises-and-microtasks&ui=zh-CN')
      await waitForEditor(page).catch(() => undefined)
      if (name === 'phone') await page.getByRole('tab', { name: '编辑器' }).click()
      await replaceProgram(page, PROGRAM)
      await page.getByRole('checkbox', { name: '直接到结尾' }).check()
      await page.locator('.app-header').getByRole('button', { name: '运行', exact: true }).click()
      await expect(page.getByRole('status')).toHaveText(/完成/, { timeout: 30_000 })
      mkdirSync('/tmp/shots', { recursive: true })
      await page.screenshot({ path: `/tmp/shots/zh-${name}-${viewport.width}x${viewport.height}.png` })
      if (name === 'phone') {
        await page.getByRole('tab', { name: '课程' }).click()
        await page.screenshot({ path: `/tmp/shots/zh-${name}-lesson.png` })
        await page.getByRole('tab', { name: '事件循环' }).click()
        await page.screenshot({ path: `/tmp/shots/zh-${name}-loop.png` })
      }
      expect(await clippedLabels(page)).toEqual([])
      const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('iframe').analyze()
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
    })
  }
})
