import type { Page } from '@playwright/test'
import { test, expect, customersTable, FAILED_RESOURCE } from './live-fixtures'

// The fake tenant misbehaves (slow, 5xx, 429, cut-off bodies, dropped connections) behind the
// production server's proxy; the app must explain each case in words and never crash.

test.use({ allowedConsoleErrors: [FAILED_RESOURCE] })

const failurePanel = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Customers could not be loaded' })

/** `timeout` for an answer held back on purpose longer than the usual wait. */
async function expectRowsOf(page: Page, id: string, timeout?: number) {
  await expect(customersTable(page).getByRole('link', { name: id, exact: true })).toBeVisible({
    timeout,
  })
}

test('a slow tenant: the list says it is still loading, then shows the rows', async ({
  page,
  fake,
}) => {
  // The boot starts the search before the page mounts, and the page says "slow" once that
  // request has been out a second. The answer must still be out when the page has mounted:
  // on a starved machine (16× CPU throttle) that took up to 8.5 s after the load began, and a
  // 3 s answer came before it.
  await fake.faults({ latencyMs: 8000 })
  await page.goto('/customers?q=Fullerton')
  await expect(page.getByRole('status').filter({ hasText: /slow/i })).toBeVisible()
  await expectRowsOf(page, '1001', 20_000)
  await expect(page.getByRole('status').filter({ hasText: /slow/i })).toHaveCount(0)
})

test('5xx on search: an error with Retry, which recovers once the tenant is healthy', async ({
  page,
  fake,
}) => {
  await fake.faults({ failure5xxRate: 1 })
  await page.goto('/customers?q=Fullerton')
  const panel = failurePanel(page)
  await expect(panel).toBeVisible({ timeout: 20_000 })
  await expect(panel).toContainText(/server error \(500\)/i)
  await expect(customersTable(page)).toHaveCount(0)

  await fake.faults({ failure5xxRate: 0 })
  await panel.getByRole('button', { name: /retry/i }).click()
  await expectRowsOf(page, '1001')
  await expect(failurePanel(page)).toHaveCount(0)
  // Bounded retries: a few tries, not a storm.
  const searches = (await fake.log()).requests.filter((r) => r.path.includes('Autopal.Search()'))
  expect(searches.length).toBeLessThanOrEqual(6)
})

test('429 with Retry-After: the app explains the rate limit and how long to wait', async ({
  page,
  fake,
}) => {
  await fake.faults({ rate429: 1, retryAfterSeconds: 7 })
  await page.goto('/customers?q=Fullerton')
  const panel = failurePanel(page)
  await expect(panel).toBeVisible({ timeout: 20_000 })
  await expect(panel).toContainText(/limiting/i)
  await expect(panel).toContainText(/7 s/)

  await fake.faults({ rate429: 0 })
  await panel.getByRole('button', { name: /retry/i }).click()
  await expectRowsOf(page, '1001')
})

test('truncated bodies: an explanation instead of a crash, on the list and the overview', async ({
  page,
  fake,
}) => {
  await fake.faults({ truncateRate: 1 })
  await page.goto('/customers?q=Fullerton')
  const panel = failurePanel(page)
  await expect(panel).toBeVisible({ timeout: 20_000 })
  await expect(panel).toContainText(/could not be read/i)

  await page.goto('/customers/1001')
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /could not be read/i })
      .first(),
  ).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.getByRole('tablist', { name: 'Customer sections' })).toBeVisible()

  await fake.faults({ truncateRate: 0 })
  await page.goto('/customers?q=Fullerton')
  await expectRowsOf(page, '1001')
})

test('a connection dropped mid-delete: a plain GET settles it, and nothing else was deleted', async ({
  page,
  fake,
}) => {
  await page.goto('/customers/1010')
  await expect(page.getByRole('heading', { level: 1, name: 'Dale Removable' })).toBeVisible()
  // The tenant deletes the customer, then the connection drops before the answer arrives.
  await fake.faults({ faultAfterDeleteRate: 1, faultAfterDeleteKind: 'drop' })
  await page.getByRole('button', { name: 'Delete customer', exact: true }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1010')
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()

  // The answer was lost, so the app asks GET Customers(1010): a 409 proves the delete.
  await expect(page.getByRole('status').filter({ hasText: 'confirmed by a check' })).toContainText(
    'Customer 1010 deleted',
    { timeout: 30_000 },
  )
  await expect(page).toHaveURL(/\/customers(\?|$)/)

  const log = await fake.log()
  expect(log.deleteCounts, 'one DELETE, not retried by itself').toEqual({ 1010: 1 })
  expect(log.deletedIds).toEqual([1010])
})

test('nothing is deleted without a confirmation that names the id', async ({ page, fake }) => {
  await page.goto('/customers/1010')
  await page.getByRole('button', { name: 'Delete customer', exact: true }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  const confirm = dialog.getByRole('button', { name: 'Delete permanently' })
  const input = dialog.getByRole('textbox', { name: 'Customer ID to confirm' })
  for (const wrong of ['101', '10100', '1001', ' ']) {
    await input.fill(wrong)
    await expect(confirm).toBeDisabled()
  }
  await input.press('Enter')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Delete customer', exact: true })).toBeFocused()

  // Even a failing tenant gets no DELETE it was not asked for.
  await fake.faults({ failure5xxRate: 1 })
  await page.goto('/customers/1005')
  await page.goto('/customers?q=Removable')
  const log = await fake.log()
  expect(log.deleteCounts).toEqual({})
  expect(log.deletedIds).toEqual([])
})
