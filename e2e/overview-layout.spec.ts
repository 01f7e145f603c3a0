import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { CUSTOMER_SECTIONS } from './support/customer-sections'

/*
 * Wide screens: the tabs never wrap, and nothing moves while the header and the tabs load.
 * Narrow screens: the tabs below the summary stay put when it comes.
 * With CM_SCREENSHOTS=1 the same runs also write the README's overview screenshots.
 */

type Box = { x: number; y: number; width: number; height: number }

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox()
  if (!found) throw new Error('element not shown')
  return found
}

async function tabBoxes(page: Page): Promise<Box[]> {
  const tabs = page.getByRole('tablist', { name: 'Customer sections' }).getByRole('tab')
  return Promise.all((await tabs.all()).map(box))
}

/** One row or one column: every tab shares its top, or every tab shares its left edge. */
function inOneLine(boxes: Box[]): boolean {
  const tops = new Set(boxes.map((b) => Math.round(b.y)))
  const lefts = new Set(boxes.map((b) => Math.round(b.x)))
  return tops.size === 1 || lefts.size === 1
}

async function panelReady(page: Page, label: string) {
  await expect(page.getByRole('tab', { name: new RegExp(`^${label}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const panel = page.getByRole('tabpanel')
  await expect(panel).toBeVisible()
  await expect(panel.getByText(/^Loading/)).toHaveCount(0)
}

for (const width of [1366, 1920]) {
  test(`at ${width} px the 13 tabs stay in one column and nothing moves as tabs load`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    // Per object: the header and each tab arrive by their own requests, the harder case.
    await page.addInitScript(() => localStorage.setItem('cm.fetchStyle', 'per-object'))
    await page.goto('/customers/1001')
    const header = page.locator('header', {
      has: page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
    })
    await expect(header).toContainText('(312) 555-0101')
    await panelReady(page, 'Details')
    const tablist = page.getByRole('tablist', { name: 'Customer sections' })
    const headerBefore = await box(header)
    const tablistBefore = await box(tablist)
    const tabsBefore = await tabBoxes(page)
    expect(tabsBefore).toHaveLength(CUSTOMER_SECTIONS.length)
    expect(inOneLine(tabsBefore)).toBe(true)

    for (const label of CUSTOMER_SECTIONS) {
      await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click()
      await panelReady(page, label)
    }
    await page.getByRole('tab', { name: /^Details/ }).click()
    await panelReady(page, 'Details')
    await page.evaluate(() => window.scrollTo(0, 0))

    expect(await box(header)).toEqual(headerBefore)
    expect((await box(tablist)).height).toBe(tablistBefore.height)
    expect(await tabBoxes(page)).toEqual(tabsBefore)
    // Every collection's count is known now, and still nothing wrapped.
    await expect(page.getByRole('tab', { name: /^Notes \d+$/ })).toBeVisible()

    if (process.env.CM_SCREENSHOTS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        await page.waitForTimeout(200)
        await page.screenshot({ path: `docs/screenshots/overview-${width}-${colorScheme}.png` })
      }
    }
  })
}

test('narrow screens: the tabs stay put when the summary above them comes', async ({ page }) => {
  // The summary stands above the tabs below 1280 px; its skeleton has its layout.
  await page.setViewportSize({ width: 1024, height: 800 })
  await page.goto('/customers/1001?demoLatency=3000')
  await expect(page.getByRole('status').filter({ hasText: 'Loading customer…' })).toBeAttached()
  const tablist = page.getByRole('tablist', { name: 'Customer sections' })
  await expect(tablist).toBeVisible()
  const before = await box(tablist)
  await expect(page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' })).toBeVisible()
  // Within a pixel (the badges' line is a fraction taller than a text's); while a fixed-height
  // skeleton stood in, the tabs moved 40 px up here.
  const after = await box(tablist)
  expect(Math.abs(after.y - before.y)).toBeLessThan(1)
  expect(after.height).toBe(before.height)
})
