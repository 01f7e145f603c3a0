import type { Page } from '@playwright/test'
import { test, expect, customersTable, expectNoAxeViolations, searchFor } from './live-fixtures'

// Journeys through the production server's proxy: the browser calls /api/loanpro/ without
// credentials, the server adds them and forwards to the fake tenant over real HTTP.

async function chooseFetchStyle(page: Page, style: 'Per object' | '$expand') {
  await page.goto('/settings')
  const radio = page
    .getByRole('radiogroup', { name: 'Fetch style' })
    .getByRole('radio', { name: style })
  await radio.check()
  await expect(radio).toBeChecked()
}

/** Opens each tab by clicking it and waits for its panel, labelled by the tab. */
async function walkTabs(page: Page, labels: string[]) {
  const tabs = page.getByRole('tablist', { name: 'Customer sections' })
  for (const label of labels) {
    const tab = tabs.getByRole('tab', { name: new RegExp(`^${label}\\b`) })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    const panel = page.getByRole('tabpanel', { name: new RegExp(`^${label}\\b`) })
    await expect(panel).toBeVisible()
    // Settled: no skeleton or "Loading" left in the panel.
    await expect(panel.getByText(/loading/i)).toHaveCount(0)
    await expect(panel.locator('[aria-busy="true"]')).toHaveCount(0)
  }
}

test('the server says it supplies the connection, and the app calls only the proxy', async ({
  page,
}) => {
  const apiCalls: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' || request.resourceType() === 'xhr')
      apiCalls.push(request.url())
  })
  await page.goto('/customers')
  await expect(page.locator('meta[name="customer-manager-connection"]')).toHaveAttribute(
    'content',
    'proxy',
  )
  await expect(customersTable(page).getByRole('row')).not.toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /2,\d{3} customers/ })).toBeVisible()
  expect(apiCalls.length).toBeGreaterThan(0)
  for (const url of apiCalls) expect(new URL(url).pathname).toMatch(/^\/api\/loanpro\//)

  await page.goto('/settings')
  await expect(page.getByText(/server/i).first()).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Base URL' })).toHaveAttribute('readonly', '')
})

test('search by name and by id finds the customer through the proxy', async ({ page, fake }) => {
  await page.goto('/customers')
  await searchFor(page, 'Fullerton')
  const table = customersTable(page)
  await expect(table.getByRole('link', { name: '1001', exact: true })).toHaveAttribute(
    'href',
    '/customers/1001',
  )
  await expect(table.getByRole('row').filter({ hasText: 'Margaret' })).not.toHaveCount(0)

  await searchFor(page, '1005')
  await expect(table.getByRole('link', { name: '1005', exact: true })).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: 'Acme Freight' })).not.toHaveCount(0)
  await expectNoAxeViolations(page)

  const { requests } = await fake.log()
  expect(
    requests.filter((r) => r.method === 'POST' && r.path.includes('Autopal.Search()')).length,
  ).toBeGreaterThan(0)
})

test('overview, per-object style: one request per opened section and no $expand', async ({
  page,
  fake,
}) => {
  await chooseFetchStyle(page, 'Per object')
  await fake.reset()
  await page.goto('/customers/1001')
  await expect(page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' })).toBeVisible()
  await walkTabs(page, ['Phones', 'Employer', 'Notes', 'Loans', 'Custom Fields', 'Details'])
  await expectNoAxeViolations(page)

  const { requests } = await fake.log()
  const forCustomer = requests.filter((r) => r.path.startsWith('odata.svc/Customers(1001)'))
  // No $expand of the customer; a collection may still expand its own links (a note's
  // Category and Author, a custom field's name).
  expect(
    forCustomer.filter(
      (r) => r.path === 'odata.svc/Customers(1001)' && r.query.includes('$expand'),
    ),
  ).toEqual([])
  const paths = new Set(forCustomer.map((r) => r.path))
  for (const object of ['Phones', 'Employer', 'Notes', 'Loans', 'CustomFieldValues']) {
    expect(
      [...paths].some((p) => p.endsWith(`/${object}`)),
      `GET Customers(1001)/${object}`,
    ).toBe(true)
  }
})

test('overview, $expand style: one $expand request fills every section', async ({ page, fake }) => {
  await chooseFetchStyle(page, '$expand')
  await fake.reset()
  await page.goto('/customers/1001')
  await expect(page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' })).toBeVisible()
  await walkTabs(page, [
    'Primary Address',
    'Phones',
    'Payment Accounts',
    'Notes',
    'Custom Fields',
    'Details',
  ])
  await expectNoAxeViolations(page)

  const { requests } = await fake.log()
  const forCustomer = requests.filter((r) => r.path.startsWith('odata.svc/Customers(1001)'))
  const expanded = forCustomer.filter((r) => r.query.includes('$expand'))
  expect(expanded, 'exactly one $expand request').toHaveLength(1)
  // Nothing fell back to per-object requests: the one answer was enough.
  expect(
    forCustomer.filter((r) => r.path !== 'odata.svc/Customers(1001)').map((r) => r.path),
  ).toEqual([])
})

test('delete from the overview sends exactly one DELETE and returns to the list', async ({
  page,
  fake,
  allowConsoleError,
}) => {
  await page.goto('/customers/1010')
  await expect(page.getByRole('heading', { level: 1, name: 'Dale Removable' })).toBeVisible()
  const trigger = page.getByRole('button', { name: 'Delete customer', exact: true })
  await trigger.click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('1010')
  const confirm = dialog.getByRole('button', { name: 'Delete permanently' })
  await expect(confirm).toBeDisabled()
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1010')
  await expect(confirm).toBeEnabled()
  await expectNoAxeViolations(page)
  await confirm.click()

  await expect(page).toHaveURL(/\/customers$/)
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /deleted/i })
      .filter({ hasText: '1010' }),
  ).toBeVisible()
  const log = await fake.log()
  expect(log.deleteCounts).toEqual({ 1010: 1 })
  expect(log.deletedIds).toContain(1010)

  // The tenant really lost it: opening it again says so (LoanPro answers 409 for it).
  allowConsoleError(/status of 409/)
  await page.goto('/customers/1010')
  await expect(page.getByRole('heading', { name: /customer not found/i })).toBeVisible()
})

test('a customer linked to loans cannot be deleted, and nothing is sent', async ({
  page,
  fake,
}) => {
  await page.goto('/customers/1011')
  await expect(page.getByRole('heading', { level: 1, name: 'Linda Loanholder' })).toBeVisible()
  await page.getByRole('button', { name: 'Delete customer', exact: true }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Cannot delete customer' })
  await expect(dialog).toContainText(/loan/i)
  await expect(dialog.getByRole('button', { name: 'Delete permanently' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect((await fake.log()).deleteCounts).toEqual({})
})

test('delete from a list row: one DELETE, the row leaves the list', async ({ page, fake }) => {
  await page.goto('/customers')
  await searchFor(page, 'Removable')
  const table = customersTable(page)
  await expect(table.getByRole('link', { name: '1010', exact: true })).toBeVisible()
  const trigger = table.getByRole('button', { name: 'Delete customer 1010' })
  await trigger.click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1010')
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()

  await expect(dialog).toHaveCount(0)
  await expect(table.getByRole('link', { name: '1010', exact: true })).toHaveCount(0)
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /deleted/i })
      .filter({ hasText: '1010' }),
  ).toBeVisible()
  expect((await fake.log()).deleteCounts).toEqual({ 1010: 1 })
})
