import { expect, test } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseLesson } from '../../app/model/lessons/parse.ts'
import { replaceProgram } from './support/editor.ts'

const LESSONS_DIR = join(import.meta.dirname, '../../lessons')
const lessons = readdirSync(LESSONS_DIR)
  .filter((name) => /^\d+-.*\.md$/.test(name))
  .sort()
  .map((name) => parseLesson(name, readFileSync(join(LESSONS_DIR, name), 'utf8')))

test.describe('the course in the browser', () => {
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
