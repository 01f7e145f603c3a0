import type { Locator, Page } from '@playwright/test'
import { test, expect, expectNoAxeViolations } from './fixtures'
import { CUSTOMER_SECTIONS } from './support/customer-sections'
import { sidewaysOverflow } from './support/sideways-overflow'

/*
 * Wide screens: the tabs stand in one column. Narrower ones: they wrap into rows of equal cells.
 * Either way nothing moves while the header and the tabs load, and below 1280 px the tabs stay
 * put when the summary above them comes.
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

/** One column: every tab shares its left edge. */
function inOneColumn(boxes: Box[]): boolean {
  return new Set(boxes.map((b) => Math.round(b.x))).size === 1
}

/**
 * Rows of equal cells: every tab has the same width, and every row starts at the first tab's
 * left edge and has the first row's columns (the last one may be shorter).
 */
function inAGrid(boxes: Box[]): boolean {
  // Each row's left edges, by the row's top.
  const rows = new Map<number, number[]>()
  for (const b of boxes) {
    const top = Math.round(b.y)
    rows.set(top, [...(rows.get(top) ?? []), Math.round(b.x)])
  }
  const lefts = [...rows.values()]
  const first = lefts[0] ?? []
  return (
    new Set(boxes.map((b) => Math.round(b.width))).size === 1 &&
    lefts.length > 1 &&
    lefts.every((row) => row.every((left, i) => left === first[i]))
  )
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

const LAYOUTS = [
  { width: 1366, layout: 'one column', lined: inOneColumn },
  { width: 1920, layout: 'one column', lined: inOneColumn },
  { width: 1024, layout: 'rows of equal cells', lined: inAGrid },
  { width: 800, layout: 'rows of equal cells', lined: inAGrid },
]

for (const { width, layout, lined } of LAYOUTS) {
  test(`at ${width} px the 13 tabs stand in ${layout} and nothing moves as tabs load`, async ({
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
    expect(lined(tabsBefore)).toBe(true)

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
    // Every collection's count is known now, and still nothing moved or wrapped.
    await expect(page.getByRole('tab', { name: /^Notes \d+$/ })).toBeVisible()

    if (process.env.CM_SCREENSHOTS && width >= 1280) {
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

test('at 420 px every tab fits or scrolls its table in a box a keyboard reaches', async ({
  page,
}) => {
  await page.setViewportSize({ width: 420, height: 900 })
  await page.goto('/customers/1001')
  await panelReady(page, 'Details')
  for (const label of CUSTOMER_SECTIONS) {
    await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click()
    await panelReady(page, label)
    expect((await sidewaysOverflow(page)).page).toBe(0)
    // Loans, References and Documents are tables wider than a phone.
    await expectNoAxeViolations(page)
  }
})
