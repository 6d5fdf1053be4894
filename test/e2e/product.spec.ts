import { expect, test } from '@playwright/test'
import lzString from 'lz-string'
import { readFileSync } from 'node:fs'
import { editorText, replaceProgram, waitForEditor } from './support/editor.ts'
import { runProgram } from './support/run.ts'

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = lzString

test.describe('sharing, saving, exporting', () => {
  test('Share gives a link carrying the code and host; opening it shows the code without running it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/')
    await page.getByRole('combobox', { name: 'Host' }).selectOption('browser')
    await replaceProgram(page, "console.log('shared program')")
    await page.getByRole('button', { name: 'Share' }).click()
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
    expect(link).toContain('host=browser')
    const code = decompressFromEncodedURIComponent(/#code=([^&]+)/.exec(link)![1]!)
    expect(code).toBe("console.log('shared program')")

    const other = await context.newPage()
    await other.goto(link)
    await waitForEditor(other)
    await expect.poll(() => editorText(other)).toContain("console.log('shared program')")
    await expect(other.getByRole('combobox', { name: 'Host' })).toHaveValue('browser')
    await expect(other.getByRole('status')).toContainText('Ready')
    await expect(other.getByRole('log')).not.toContainText('shared program')
  })

  test('reset to the original is one click and can be undone', async ({ page }) => {
    await page.goto('/')
    await replaceProgram(page, 'const mine = 1')
    await page.getByRole('button', { name: 'Reset to original' }).click()
    await expect.poll(() => editorText(page)).toContain('Predict the order')
    await page.getByRole('button', { name: 'Undo reset' }).click()
    await expect.poll(() => editorText(page)).toContain('const mine = 1')
  })

  test('a trace exported as Looplab JSON opens again with the same steps', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, "setTimeout(() => console.log('late'), 5)\nconsole.log('early')")
    const steps = await page.getByRole('slider', { name: 'Step' }).getAttribute('max')
    await page.getByRole('button', { name: 'More ▾' }).click()
    const downloadPromise = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: 'Export the trace (Looplab JSON)' }).click()
    const file = await (await downloadPromise).path()
    expect((JSON.parse(readFileSync(file, 'utf8')) as { format: unknown }).format).toBe('looplab-trace')

    await page.reload()
    await page.getByRole('button', { name: 'More ▾' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('menuitem', { name: 'Open a Looplab trace…' }).click()
    await (await chooser).setFiles(file)
    await expect(page.getByRole('status')).toContainText('Opened the trace')
    await expect(page.getByRole('slider', { name: 'Step' })).toHaveAttribute('max', steps!)
    await expect(page.getByRole('log')).toContainText('late')
  })

  test('the diagram exports as SVG and the timeline as PNG', async ({ page }) => {
    await page.goto('/')
    await runProgram(page, "Promise.resolve().then(() => console.log('x'))")
    for (const [item, suffix] of [
      ['Export the diagram (SVG)', '.svg'],
      ['Export the timeline (PNG)', '.png'],
      ['Export for Perfetto / Chrome DevTools', '.json'],
    ] as const) {
      await page.getByRole('button', { name: 'More ▾' }).click()
      const download = page.waitForEvent('download')
      await page.getByRole('menuitem', { name: item }).click()
      const saved = await download
      expect(saved.suggestedFilename().endsWith(suffix)).toBe(true)
      const bytes = readFileSync(await saved.path())
      expect(bytes.length).toBeGreaterThan(200)
      if (suffix === '.svg') expect(bytes.toString()).toContain('<svg')
    }
  })

  test('the examples gallery is searchable and opens an example in the editor', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Examples' }).click()
    const search = page.getByRole('searchbox', { name: 'Search examples' })
    await search.fill('forEach')
    const cards = page.locator('.example-card')
    await expect(cards).toHaveCount(1)
    await cards.first().click()
    await expect.poll(() => editorText(page)).toContain('forEach')
    await expect(page.getByRole('status')).toContainText('Press Run')
  })
})

test.describe('look and layout', () => {
  test('the theme follows the system and can be switched from the menu', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('button', { name: 'More ▾' }).click()
    await page.getByRole('menuitem', { name: /Theme: light/ }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  })

  test('on a 360 px phone the panes become tabs and a run still works', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`/#code=${compressToEncodedURIComponent("console.log('phone')")}`)
    const tabs = page.getByRole('tablist', { name: 'Panes' })
    await expect(tabs).toBeVisible()
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByRole('status')).toContainText('Finished', { timeout: 20_000 })
    await tabs.getByRole('tab', { name: 'Console' }).click()
    await expect(page.getByRole('log')).toContainText('phone')
    await tabs.getByRole('tab', { name: 'Event loop' }).click()
    await expect(page.locator('svg.loop-diagram')).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  test('?embed=1 gives a compact view with the editor, Run and the diagram', async ({ page }) => {
    await page.goto(`/?embed=1#code=${compressToEncodedURIComponent("console.log('embedded')")}`)
    await expect(page.getByRole('region', { name: 'Editor' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lessons' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Open in Looplab' })).toBeVisible()
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.locator('svg.loop-diagram')).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('log')).toContainText('embedded')
    // No blank half where the timeline was: the diagram's pane fills its column.
    const pane = (await page.locator('.pane-loop').boundingBox())!
    const column = (await page.locator('.column-visuals').boundingBox())!
    expect(pane.height).toBeGreaterThan(column.height - 20)
  })

  for (const size of [
    { width: 800, height: 450 },
    { width: 480, height: 360 },
  ]) {
    test(`a ${size.width}×${size.height} embed keeps to one header row, shows the queues at a readable height and nothing overflows`, async ({
      page,
    }) => {
      await page.setViewportSize(size)
      const program = "setTimeout(() => console.log('timeout'), 0)\nPromise.resolve().then(() => console.log('then'))\nconsole.log('sync')"
      await page.goto(`/?embed=1#code=${compressToEncodedURIComponent(program)}`)
      await page.getByRole('button', { name: 'Run', exact: true }).click()
      await expect(page.locator('svg.loop-diagram')).toBeVisible({ timeout: 20_000 })
      // The queues get their height; what does not fit (the narration) scrolls below them.
      const diagram = (await page.locator('svg.loop-diagram').boundingBox())!
      expect(diagram.height).toBeGreaterThanOrEqual(165)
      const narration = (await page.locator('.loop-view .narration').boundingBox())!
      expect(narration.y).toBeGreaterThanOrEqual(diagram.y + diagram.height - 1)
      const header = (await page.locator('.app-header').boundingBox())!
      expect(header.height).toBeLessThan(60)
      await expect(page.getByRole('link', { name: 'Open in Looplab' })).toBeInViewport({ ratio: 1 })
      await expect(page.getByRole('button', { name: 'Step forward' })).toBeInViewport({ ratio: 1 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      if (size.width > 700) {
        // Side by side, as a course page's column wants it: the code beside the diagram, not above it.
        const editor = (await page.getByRole('region', { name: 'Editor' }).boundingBox())!
        expect(diagram.x).toBeGreaterThanOrEqual(editor.x + editor.width - 1)
        expect(diagram.y).toBeLessThan(editor.y + editor.height)
      } else {
        // A small embed is tabs: Run showed the Event loop; there is no Timeline tab leading to an empty pane.
        const tabs = page.getByRole('tablist', { name: 'Panes' })
        await expect(tabs.getByRole('tab', { name: 'Event loop' })).toHaveAttribute('aria-selected', 'true')
        await expect(tabs.getByRole('tab', { name: 'Timeline' })).toHaveCount(0)
      }
    })
  }

  test('panes can be resized with the keyboard', async ({ page }) => {
    await page.goto('/')
    const splitter = page.getByRole('separator', { name: 'Resize the editor column' })
    const before = Number(await splitter.getAttribute('aria-valuenow'))
    await splitter.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 4))
  })
})
