import { expect, test } from '@playwright/test'
import { diagramMarkup, runProgram, watchProgram } from './support/run.ts'

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

/** PROGRAM and forty more awaits: played at the readable pace it lasts ~25 s, long after the run has ended on a busy machine. */
const LONG_PROGRAM = `${PROGRAM}async function many() {\n  for (let i = 0; i < 40; i++) await null\n}\nmany()\n`

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
    await page.getByRole('radio', { name: 'Statements' }).click()
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
    await page.getByRole('radio', { name: 'Statements' }).click()
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
    await page.getByRole('radio', { name: 'Statements' }).click()
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

  test('Run plays the program from step 1 by itself, at a readable pace, and stops at the end', async ({ page }) => {
    await page.goto('/')
    await watchProgram(page, PROGRAM)
    const slider = page.getByRole('slider', { name: 'Step' })
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Callbacks' })).toHaveAttribute('aria-checked', 'true')
    const last = Number(await slider.getAttribute('max'))
    expect(Number(await slider.inputValue())).toBeLessThan(last)
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 5_000 }).toBeGreaterThanOrEqual(2)
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 20_000 }).toBe(last)
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
    await expect(page.getByRole('log')).toContainText('after await')
  })

  test('a run that ends between two frames still plays from step 1 (a slow machine draws late)', async ({ page }) => {
    // Every frame comes 1.2 s late, so the run ends long before the page has drawn its steps.
    await page.addInitScript(() => {
      const frame = window.requestAnimationFrame.bind(window)
      window.requestAnimationFrame = (callback) => {
        const id = window.setTimeout(() => frame(callback), 1200)
        return id
      }
    })
    await page.goto('/')
    await watchProgram(page, PROGRAM)
    const slider = page.getByRole('slider', { name: 'Step' })
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    const last = Number(await slider.getAttribute('max'))
    await expect.poll(async () => Number(await slider.inputValue()), { timeout: 30_000 }).toBe(last)
    await expect(page.getByRole('log')).toContainText('after await')
  })

  test('playing can be paused at any moment, and "Run to end" is remembered', async ({ page }) => {
    await page.goto('/')
    await watchProgram(page, LONG_PROGRAM)
    const slider = page.getByRole('slider', { name: 'Step' })
    await page.getByRole('button', { name: 'Pause' }).click()
    const paused = await slider.inputValue()
    await page.waitForTimeout(1200)
    expect(await slider.inputValue()).toBe(paused)
    await page.getByRole('checkbox', { name: 'Run to end' }).check()
    await page.reload()
    await expect(page.getByRole('checkbox', { name: 'Run to end' })).toBeChecked()
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByRole('status')).toContainText('Finished', { timeout: 30_000 })
    await expect(slider).toHaveValue(await slider.getAttribute('max').then((max) => max ?? ''))
  })

  test('switching granularity keeps the place, and the "Step by" group answers arrow keys', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    const readout = page.locator('.step-readout')
    await page.getByRole('radio', { name: 'Statements' }).click()
    await page.getByRole('button', { name: 'Go to start' }).click()
    for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Step forward' }).click()
    await expect(readout).toHaveText(/^10 \//)
    const picture = await diagramMarkup(page)
    await page.getByRole('radio', { name: 'Callbacks' }).click()
    expect(await diagramMarkup(page)).toBe(picture)
    await page.getByRole('radio', { name: 'Statements' }).click()
    await expect(readout).toHaveText(/^10 \//)
    await page.getByRole('radio', { name: 'Statements' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: 'Callbacks' })).toHaveAttribute('aria-checked', 'true')
    await expect(page.getByRole('radio', { name: 'Callbacks' })).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('radio', { name: 'Statements' })).toHaveAttribute('aria-checked', 'true')
    await expect(readout).toHaveText(/^10 \//)
    await expect(page.getByRole('radio', { name: 'Tasks' })).toHaveAttribute('tabindex', '-1')
  })

  test('a card keeps its identity across a step: the queued callback moves onto the call stack', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    await page.getByRole('radio', { name: 'Callbacks' }).click()
    await page.getByRole('button', { name: 'Go to start' }).click()
    await page.getByRole('button', { name: 'Step forward' }).click()
    // The next microtask waits in the queue; tag its element and take one step.
    const queued = page.locator('.diagram-item[data-key^="job-"][aria-label^="next in line:"]').first()
    const key = await queued.getAttribute('data-key')
    const before = await queued.evaluate((element) => {
      ;(element as Element & { tagged?: boolean }).tagged = true
      return (element as SVGGElement).style.transform
    })
    await page.getByRole('button', { name: 'Step forward' }).click()
    const moved = page.locator(`.diagram-item[data-key="${key}"]`)
    await expect(moved).toHaveAttribute('aria-label', /^top of the stack:/)
    expect(await moved.evaluate((element) => (element as Element & { tagged?: boolean }).tagged)).toBe(true)
    expect(await moved.evaluate((element) => (element as SVGGElement).style.transform)).not.toBe(before)
  })

  test('a pending timer counts down, the phase pills explain themselves, and host internals are hidden until asked', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    await page.getByRole('radio', { name: 'Callbacks' }).click()
    await page.getByRole('button', { name: 'Go to start' }).click()
    await page.getByRole('button', { name: 'Step forward' }).click()
    await expect(page.locator('.diagram-item.kind-timer .countdown-bar')).toHaveCount(1)
    const pill = page.getByRole('button', { name: 'timers' })
    await pill.hover()
    await expect(page.getByRole('tooltip')).toContainText('setTimeout')
    await page.getByRole('button', { name: 'check' }).focus()
    await expect(page.getByRole('tooltip')).toContainText('setImmediate')
    await expect(page.locator('.loop-steps li[aria-current="step"]')).toHaveText('Run all nextTicks and microtasks')
    await expect(page.locator('svg.loop-diagram')).not.toContainText('host internals')
    await expect(page.locator('svg.loop-diagram')).not.toContainText('(module)')
    await page.getByRole('checkbox', { name: 'Show host internals' }).check()
    await expect(page.locator('svg.loop-diagram')).toContainText('host internals')
  })

  test('the timeline opens on the activity, zooms with buttons, keys and double-click, and names every lane', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, PROGRAM)
    const ticks = () => page.locator('.timeline-axis .tick text').allTextContents()
    const lastTick = async () => (await ticks()).at(-1) ?? ''
    // The 5 ms timer would squeeze the first microseconds into a few pixels: the view opens on them.
    await expect.poll(lastTick).toMatch(/µs$/)
    await page.getByRole('button', { name: 'Show the whole run' }).click()
    await expect.poll(lastTick).toMatch(/ms$/)
    await page.getByRole('button', { name: 'Fit to the activity' }).click()
    await expect.poll(lastTick).toMatch(/µs$/)
    const fitted = await ticks()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(ticks).not.toEqual(fitted)
    await page.locator('canvas.timeline-canvas').dblclick()
    await expect.poll(ticks).toEqual(fitted)
    await page.locator('canvas.timeline-canvas').focus()
    await page.keyboard.press('a')
    await expect.poll(lastTick).toMatch(/ms$/)
    await page.keyboard.press('0')
    await expect.poll(ticks).toEqual(fitted)
    // No label is cut at the edges of the axis.
    const axis = (await page.locator('svg.timeline-axis').boundingBox())!
    for (const box of await page
      .locator('.timeline-axis .tick text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect)))
      expect(box.left >= axis.x - 0.5 && box.right <= axis.x + axis.width + 0.5).toBe(true)
    for (const name of await page.locator('.timeline-label').allInnerTexts()) expect(name.trim()).not.toBe('')
  })

  test('the Variables view shows the loop variable at the current step, the older value after Step back, and a paused async function', async ({
    page,
  }) => {
    await page.goto('/')
    const program = `let total = 0
async function later(n: number) {
  const doubled = n * 2
  await null
  console.log(doubled)
}
for (let i = 0; i < 4; i++) {
  total += i
  console.log('turn', i)
}
later(21)
`
    await runProgram(page, program)
    await page.getByRole('tab', { name: 'Variables' }).click()
    await page.getByRole('radio', { name: 'Statements' }).click()
    // Go to the statement that prints "turn 2" (the console line jumps there).
    await page.getByRole('tab', { name: 'Console' }).click()
    await page.getByRole('log').getByText('turn 2').click()
    await page.getByRole('tab', { name: 'Variables' }).click()
    const module = page.getByRole('region', { name: /^main script/ })
    const value = (name: string) =>
      module.locator('.variable', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd')
    await expect(value('i')).toHaveText('2')
    await expect(value('total')).toHaveText('3')
    await page.getByRole('button', { name: 'Step back' }).click()
    await page.getByRole('button', { name: 'Step back' }).click()
    await page.getByRole('button', { name: 'Step back' }).click()
    await expect(value('i')).toHaveText('1')
    // The resumption of `later` is a callback: just before it runs, the paused function still holds its locals.
    await page.getByRole('button', { name: 'Go to end' }).click()
    await page.getByRole('tab', { name: 'Console' }).click()
    await page.getByRole('log').getByText('42', { exact: true }).click()
    await page.getByRole('tab', { name: 'Variables' }).click()
    await expect(page.getByRole('region', { name: /^later, on the call stack/ })).toContainText('doubled42')
    await page.getByRole('radio', { name: 'Callbacks' }).click()
    await page.getByRole('button', { name: 'Step back' }).click()
    const paused = page.getByRole('region', { name: /^later, paused/ })
    await expect(paused).toContainText('doubled42')
    await expect(paused).toContainText('n21')
  })
})
