import type { Page } from '@playwright/test'
import { test, expect, expectNoAxeViolations } from './fixtures'

/*
 * Daily look-ups on the demo tenant (issue 13): find a customer the way staff type, open it
 * at once, come back to the results. Journeys that rely on the search builder's query
 * understanding are marked so in their titles.
 */

const table = (page: Page) => page.getByRole('table', { name: 'Customers' })
const count = (page: Page) => page.getByRole('status').filter({ hasText: /customers?$/ })
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search customers' })
const focusedRowId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-customer-id') ?? null)
const shownIds = (page: Page) =>
  table(page)
    .locator('tbody tr[data-customer-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-customer-id')))

async function openList(page: Page, path = '/customers') {
  await page.goto(path)
  await expect(count(page)).toHaveText(/^[\d,]+\+? customers?$/)
}

/**
 * Waits until the list shows the results of the search for `text`, not the previous list: the
 * URL changes before React draws the new state, and for that moment the old count and rows are
 * still there. The first row then holds the search's first word (a name or an email).
 */
async function expectResultsFor(page: Page, text: string) {
  await expect(page).toHaveURL(/[?&]q=/)
  await expect(count(page)).toHaveText(/^[\d,]+\+? customers?$/)
  const word = text.split(/[^\p{L}]+/u).find(Boolean) ?? text
  await expect(table(page).locator('tbody tr[data-customer-id]').first()).toContainText(
    new RegExp(word, 'i'),
  )
}

/** Types a search and waits until the list shows its results (not the previous ones). */
async function search(page: Page, text: string) {
  await searchBox(page).fill(text)
  await expectResultsFor(page, text)
}

test('opens a customer by clicking its name', async ({ page }) => {
  await openList(page)
  const firstRow = table(page).locator('tbody tr[data-customer-id]').first()
  const id = await firstRow.getAttribute('data-customer-id')
  const nameLink = firstRow.getByRole('link').nth(1)
  const name = (await nameLink.textContent()) ?? ''
  await nameLink.click()
  await expect(page).toHaveURL(new RegExp(`/customers/${String(id)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('/ reaches the search box the moment the list shows, on a slow computer too', async ({
  page,
}) => {
  // The demo answering at once, as the server's early search often does: the first render
  // holds the box and the count together. At 6× CPU the box's '/' listener, attached after that
  // render's paint, missed 4 of 12 presses made as soon as the count showed; it now listens
  // from the commit that shows the box.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  for (let load = 0; load < 8; load++) {
    await openList(page, '/customers?demoLatency=0')
    await page.keyboard.press('/')
    await expect(searchBox(page)).toBeFocused()
  }
})

test('keyboard only: from / to an opened customer in at most 4 keys after typing', async ({
  page,
}) => {
  await openList(page)
  const keys: string[] = []
  const press = async (key: string) => {
    keys.push(key)
    await page.keyboard.press(key)
  }

  // An id: Enter opens it.
  await page.keyboard.press('/')
  await page.keyboard.type('1042')
  await press('Enter')
  await expect(page).toHaveURL(/\/customers\/1042$/)
  expect(keys.length).toBeLessThanOrEqual(4)

  // A name with many matches: ↓ into the rows, ↓ to the second, Enter.
  await page.goBack()
  await expect(table(page).getByRole('link', { name: '1042', exact: true })).toBeVisible()
  keys.length = 0
  await searchBox(page).fill('')
  await page.keyboard.type('smith')
  await expect(page).toHaveURL(/q=smith/)
  await expectResultsFor(page, 'smith')
  const ids = await shownIds(page)
  await press('ArrowDown')
  await press('ArrowDown')
  await press('Enter')
  await expect(page).toHaveURL(new RegExp(`/customers/${String(ids[1])}$`))
  expect(keys.length).toBeLessThanOrEqual(4)
})

/** Page 2 of "smith", the third row opened by keyboard, three tabs read. */
async function openFromPage2(page: Page) {
  await openList(page)
  await search(page, 'smith')
  const firstPage = await shownIds(page)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(count(page)).toHaveText(/customers$/)
  // The URL changes before the rows do: wait for page 2's.
  await expect.poll(() => shownIds(page)).not.toEqual(firstPage)
  const listUrl = page.url()
  const ids = await shownIds(page)
  await searchBox(page).focus()
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key)
  expect(await focusedRowId(page)).toBe(ids[2])
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/customers/${String(ids[2])}$`))
  const tabs = page.getByRole('tablist', { name: 'Customer sections' })
  for (const tab of ['Phones', 'Employer', 'Notes']) {
    await tabs.getByRole('tab', { name: new RegExp(`^${tab}`) }).click()
    await expect(tabs.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(page.getByRole('tabpanel')).toBeVisible()
  }
  return { listUrl, ids, opened: ids[2] }
}

test('"← Results…" returns to the same page, rows and focus', async ({ page }) => {
  const { listUrl, ids, opened } = await openFromPage2(page)
  const back = page.getByRole('link', { name: /Results for “smith”, page 2/ })
  await expectNoAxeViolations(page)
  await back.click()
  await expect(page).toHaveURL(listUrl)
  await expect(count(page)).toHaveText(/customers$/)
  expect(await shownIds(page)).toEqual(ids)
  await expect.poll(() => focusedRowId(page)).toBe(opened)
  await expectNoAxeViolations(page)
})

test('one browser Back from the overview returns to the same page, rows and focus', async ({
  page,
}) => {
  const { listUrl, ids, opened } = await openFromPage2(page)
  await page.goBack()
  await expect(page).toHaveURL(listUrl)
  expect(await shownIds(page)).toEqual(ids)
  await expect.poll(() => focusedRowId(page)).toBe(opened)
})

test('a customer opened from the list comes back to the same list: rows, selection, focus', async ({
  page,
}) => {
  await openList(page)
  await search(page, 'smith')
  await table(page).getByRole('checkbox').nth(1).check()
  await table(page).getByRole('checkbox').nth(2).check()
  await expect(page.getByText('2 selected', { exact: true })).toBeVisible()
  const ids = await shownIds(page)
  // A mark on the rows' own elements: the list is kept under the customer, not drawn again.
  await table(page)
    .locator('tbody')
    .evaluate((body) => body.setAttribute('data-kept', ''))
  await table(page).locator('tbody tr').nth(3).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(table(page)).toBeHidden()

  await page.getByRole('link', { name: /Results for “smith”/ }).click()
  await expect(table(page).locator('tbody[data-kept]')).toHaveCount(1)
  expect(await shownIds(page)).toEqual(ids)
  await expect(page.getByText('2 selected', { exact: true })).toBeVisible()
  await expect.poll(() => focusedRowId(page)).toBe(ids[3])
  await expectNoAxeViolations(page)
})

test('an SSN search never reaches the URL', async ({ page }) => {
  await openList(page)
  await searchBox(page).fill('123-45-6789')
  await expect(page).toHaveURL(/qref=/)
  expect(page.url()).not.toMatch(/6789/)
})

test('columns stay put between searches and show a whole e-mail at 1366 px', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  await openList(page)
  const headerEdges = () =>
    table(page)
      .locator('thead th')
      .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)))
  const before = await headerEdges()
  await search(page, 'smith')
  expect(await headerEdges()).toEqual(before)

  // Every e-mail of the page fits its cell (none cut with an ellipsis).
  const clipped = await table(page)
    .locator('tbody td.customers-table__clip:nth-child(5)')
    .evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((c) => c.textContent),
    )
  expect(clipped).toEqual([])
})

test('[query understanding] finds (312) 555-0101 and opens it with Enter', async ({ page }) => {
  await openList(page)
  await page.keyboard.press('/')
  await page.keyboard.type('(312) 555-0101')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/customers\/1001$/)
})

test('[query understanding] finds Smith, Michael', async ({ page }) => {
  await openList(page)
  await search(page, 'Smith, Michael')
  await expect(
    table(page).locator('tbody tr[data-customer-id]').first().getByRole('link').nth(1),
  ).toHaveText(/^Michael Smith$/)
})

test('the page holds still while its first rows come: nothing moves under the pointer', async ({
  page,
}) => {
  // Every layout shift of the load, as the browser scores them (Cumulative Layout Shift).
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { __shifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // Past LoanPro's result window (its notice comes with the answer), and slow to answer: the
  // skeleton shows long before the answer, on a loaded machine too.
  await page.goto('/customers?demoSize=20000&demoLatency=5000')
  const place = () =>
    page.evaluate(() =>
      ['.bulk-actions', '.customers-table', 'nav[aria-label="Customers pages"]'].map((selector) =>
        Math.round(document.querySelector(selector)?.getBoundingClientRect().top ?? -1),
      ),
    )
  await expect(table(page).locator('tbody[aria-hidden="true"] tr').first()).toBeVisible()
  const waiting = await place()
  const status = page.locator('.customers-page__heading').getByRole('status')
  await expect(status).toHaveText('20,000 customers')
  await expect(table(page).locator('tbody tr[data-customer-id]')).toHaveCount(25)
  // The bar, the table and the pager are where they were while the answer was awaited.
  expect(await place()).toEqual(waiting)
  // The paging notice sits below the pager it is about.
  await expect(page.getByText(/^Pages past the first 10,000 matches/)).toBeVisible()
  const shifted = await page.evaluate(() =>
    (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
  )
  // Before: 0.37 ("poor" is above 0.25); then 0.0008, "Clear selection" pushed aside by the
  // "Select all" button that came with the rows. Nothing moves now.
  expect(shifted).toBe(0)
})
