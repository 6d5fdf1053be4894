import { expect, test } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import { editorText, replaceProgram, waitForEditor } from './support/editor.ts'
import { preferRunToEnd, runProgram } from './support/run.ts'

const LESSONS_DIR = join(import.meta.dirname, '../../lessons')
const lessons = readdirSync(LESSONS_DIR)
  .filter((name) => /^\d+-.*\.md$/.test(name))
  .sort()
  .map((name) => parseLesson(name, readFileSync(join(LESSONS_DIR, name), 'utf8')))

test.describe('the course in the browser', () => {
  // These tests are about results: Run goes straight to the last step instead of playing from step 1.
  test.beforeEach(async ({ page }) => preferRunToEnd(page))

  test('the course outline lists every lesson in order', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Lessons' }).click()
    const outline = page.getByRole('navigation', { name: 'Lessons' })
    await expect(outline.getByRole('listitem')).toHaveCount(lessons.length)
    await expect(outline.getByRole('listitem').first()).toContainText(lessons[0]!.meta.title)
  })

  for (const lesson of lessons) {
    test(`lesson “${lesson.meta.title}” opens at its own URL and its first example runs with the diagrams`, async ({ page }) => {
      await page.goto(`/#lesson=${lesson.meta.id}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.meta.title)
      await page.getByRole('button', { name: 'Run it' }).first().click()
      const status = page.getByRole('status')
      await expect(status).not.toHaveText(/Compiling|Running|Ready/, { timeout: 30_000 })
      await expect(status).not.toContainText('could not')
      await expect(page.locator('svg.loop-diagram')).toBeVisible()
      await expect(page.locator('canvas.timeline-canvas')).toBeVisible()
      await expect(page.getByRole('log').locator('.console-line').first()).toBeVisible()
    })
  }

  test('an exercise is checked against the trace: the starter fails, the solution passes', async ({ page }) => {
    await page.goto(`/#lesson=${lessons[0]!.meta.id}`)
    const exercise = page.getByRole('region', { name: /^Exercise:/ }).first()
    await exercise.getByRole('button', { name: 'Open the starter code' }).click()
    await exercise.getByRole('button', { name: 'Check my code' }).click()
    await expect(exercise.locator('.check-results .failed').first()).toBeVisible({ timeout: 30_000 })
    page.once('dialog', (dialog) => void dialog.accept())
    await exercise.getByRole('button', { name: 'Show solution' }).click()
    await exercise.getByRole('button', { name: 'Check my code' }).click()
    await expect(exercise.locator('.check-results .summary')).toHaveText(/Every check passes/, { timeout: 30_000 })
    await expect(exercise.getByText('solved')).toBeVisible()
  })
})

test.describe('lesson state belongs to its lesson', () => {
  test('after “next lesson”, a predict question shows its own lesson’s lines and no earlier answer', async ({ page }) => {
    const [second, third] = [lessons[1]!, lessons[2]!]
    await page.goto(`/#lesson=${second.meta.id}`)
    const predict = page.locator('figure.predict').first()
    await predict.getByRole('button', { name: 'Predict the output order' }).click()
    await expect(predict.locator('.predict-list li').first()).toBeVisible({ timeout: 30_000 })
    await predict.getByRole('button', { name: 'Check my prediction' }).click()
    await expect(predict.getByRole('button', { name: 'Watch it run' })).toBeVisible()

    await page.getByRole('button', { name: `${third.meta.title} →` }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(third.meta.title)
    const next = page.locator('figure.predict').first()
    await expect(next.locator('.predict-list')).toHaveCount(0)
    await expect(next.locator('.badge')).toHaveCount(0)
    await next.getByRole('button', { name: 'Predict the output order' }).click()
    await expect(next.locator('.predict-list li').first()).toBeVisible({ timeout: 30_000 })
    const lines = await next.locator('.predict-list li code').allInnerTexts()
    expect(lines).toContain('A, step 1')
    expect(lines).not.toContain('main: all timers set')
  })
})

test.describe('checking an exercise', () => {
  test('a program that never ends fails at its time limit and names what keeps it alive', async ({ page }) => {
    await page.goto(`/#lesson=${lessons[0]!.meta.id}`)
    const exercise = page.getByRole('region', { name: /^Exercise:/ }).first()
    await exercise.getByRole('button', { name: 'Open the starter code' }).click()
    await replaceProgram(page, "const heartbeat = setInterval(() => console.log('tick'), 10)\nconsole.log('chunk 6 done')\n")
    await exercise.getByRole('button', { name: 'Check my code' }).click()
    const failed = exercise.locator('.check-results .failed').first()
    await expect(failed).toContainText('something keeps your program alive: the interval at line 1', { timeout: 30_000 })
    await expect(exercise.getByRole('button', { name: 'Check my code' })).toBeEnabled()
  })
})

test.describe('the simulated network is said', () => {
  test('a fetch no route matches gets a note in the console and is listed in the run summary', async ({ page }) => {
    await page.goto('/')
    const status = await runProgram(
      page,
      "const r = await fetch('https://api.github.com/users/octocat')\nconsole.log((await r.json()).simulated)\n",
    )
    await expect(page.getByRole('status')).toContainText('No route matched 1 request', { timeout: 30_000 })
    expect(status).toContain('GET api.github.com/users/octocat')
    const notes = page.getByRole('log').locator('.console-note')
    await expect(notes.first()).toContainText('no route for GET api.github.com/users/octocat')
    await expect(notes.nth(1)).toContainText("world.route('https://api.github.com/users/octocat'")
    await expect(page.getByRole('log').locator('.console-line:not(.console-note)')).toHaveText(['true'])
  })
})

test.describe('opening a lesson', () => {
  test('brings the lesson’s first example into the editor and keeps the playground program for later', async ({ page }) => {
    const first = lessons[0]!
    const example = first.blocks.find((b) => b.type === 'example')!
    await page.goto('/')
    await replaceProgram(page, "console.log('my own playground program')\n")
    await page.getByRole('button', { name: 'Lessons' }).click()
    await page.getByRole('navigation', { name: 'Lessons' }).getByText(first.meta.title).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.meta.title)
    await expect(page.locator('.doc-title')).toHaveText(`${first.meta.title} — ${example.type === 'example' ? example.title : ''}`)
    await expect.poll(() => editorText(page)).toContain('function sumOfSquares')

    await page.getByRole('button', { name: 'Lessons' }).click()
    await expect(page.locator('.doc-title')).toHaveText('Playground')
    await expect.poll(() => editorText(page)).toContain('my own playground program')
  })

  test('at its own URL, a lesson opens with its first example in the editor', async ({ page }) => {
    const lesson = lessons[4]!
    await page.goto(`/#lesson=${lesson.meta.id}`)
    await waitForEditor(page)
    await expect.poll(() => editorText(page)).toContain("world.route('/photos/:id'")
    await expect(page.locator('.doc-title')).toContainText(lesson.meta.title)
  })

  test('code in the narrow lesson column wraps instead of being cut off', async ({ page }) => {
    await page.goto(`/#lesson=${lessons[0]!.meta.id}`)
    const predict = page.locator('figure.predict').first()
    await expect(predict.locator('.lesson-code')).toContainText("timer: I was due after 0 ms'), 0)")
    const blocks = page.locator('.pane-lesson .lesson-code.wrap')
    expect(await blocks.count()).toBeGreaterThan(3)
    const cut = await blocks.evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length)
    expect(cut).toBe(0)
    const line = predict.locator('.code-line').first()
    const [lineBox, preBox] = [await line.boundingBox(), await predict.locator('.lesson-code').boundingBox()]
    expect(lineBox!.x + lineBox!.width).toBeLessThanOrEqual(preBox!.x + preBox!.width)
    expect(lineBox!.height).toBeGreaterThan(25) // the long first line wraps onto a second row
  })
})
