import { expect, test } from '@playwright/test'
import { diagramMarkup, runProgram } from './support/run.ts'

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

test.describe('the player', () => {
  test('a run fills the console, the diagram and the timeline, and the status summarises it', async ({ page }) => {
    await page.goto('/')
    const status = await runProgram(page, PROGRAM)
    expect(status).toMatch(/^Finished in .+ of virtual time: \d+ tasks, \d+ microtasks, 5 lines of output\.$/)
    const log = page.getByRole('log')
    await expect(log).toContainText('A')
    await expect(log).toContainText('after await')
    await expect(page.locator('svg.loop-diagram')).toBeVisible()
    await expect(page.locator('canvas.timeline-canvas')).toBeVisible()
    await expect(page.getByRole('slider', { name: 'Step' })).toBeEnabled()
  })

  test('stepping forward three times and back three times lands on the same picture', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    await page.getByRole('button', { name: 'Go to start' }).click()
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward' }).click()
    const before = await diagramMarkup(page)
    const narrationBefore = await page.locator('.narration-text').innerText()
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward' }).click()
    expect(await diagramMarkup(page)).not.toBe(before)
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step back' }).click()
    await expect.poll(() => diagramMarkup(page)).toBe(before)
    await expect(page.locator('.narration-text')).toHaveText(narrationBefore)
  })

  test('the keyboard steps, and the step size can be a callback', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    const slider = page.getByRole('slider', { name: 'Step' })
    await page.getByRole('button', { name: 'Go to start' }).click()
    await page.locator('.narration').click()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(slider).toHaveValue('2')
    await page.keyboard.press('ArrowLeft')
    await expect(slider).toHaveValue('1')
    await page.getByRole('radio', { name: 'Callbacks' }).click()
    await page.getByRole('button', { name: 'Go to end' }).click()
    const callbacks = Number(await slider.getAttribute('max')) + 1
    expect(callbacks).toBeGreaterThanOrEqual(4)
    expect(callbacks).toBeLessThan(10)
  })

  test('the narration explains why a microtask runs, and "why now" shows its causes', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    await page.getByRole('radio', { name: 'Callbacks' }).click()
    await page.getByRole('button', { name: 'Go to start' }).click()
    await page.getByRole('button', { name: 'Step forward' }).click()
    await expect(page.locator('.narration-text')).toContainText('microtask')
    await page.getByRole('button', { name: 'Why did this run now?' }).click()
    await expect(page.locator('.cause-chain li').first()).toBeVisible()
  })

  test('clicking the timeline jumps to that moment', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    await page.getByRole('button', { name: 'Go to start' }).click()
    const canvas = page.locator('canvas.timeline-canvas')
    const box = (await canvas.boundingBox())!
    await canvas.click({ position: { x: box.width - 4, y: 10 } })
    const slider = page.getByRole('slider', { name: 'Step' })
    expect(Number(await slider.inputValue())).toBeGreaterThan(5)
  })

  test('an endless interval can be watched live and stopped, and the next run works', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('combobox', { name: 'Host' }).selectOption('node')
    const { replaceProgram } = await import('./support/editor.ts')
    await replaceProgram(page, "let n = 0\nsetInterval(() => console.log('tick', ++n), 1000)\n")
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByRole('status')).toContainText('live', { timeout: 20_000 })
    await expect(page.getByRole('log')).toContainText('tick 10')
    await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled()
    await page.getByRole('button', { name: 'Stop' }).click()
    await expect(page.getByRole('status')).toContainText('Stopped', { timeout: 5_000 })
    await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled()
    const status = await runProgram(page, "console.log('after', 1 + 1)")
    expect(status).toContain('Finished')
    await expect(page.getByRole('log')).toContainText('after 2')
  })
})
