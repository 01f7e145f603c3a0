import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const customersTable = (page: Page) => page.getByRole('table', { name: 'Customers' })
const countStatus = (page: Page) => page.getByRole('status').filter({ hasText: /\d customers?$/ })

/** The number shown under a count's label on the import page (e.g. "Valid rows"). */
function stat(page: Page, label: string) {
  return page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=../dd')
}

async function showColumn(page: Page, label: string) {
  await page.getByText('Columns', { exact: true }).click()
  await page.getByRole('checkbox', { name: label, exact: true }).check()
  await page.keyboard.press('Escape')
}

/** The list has settled: no search or page is loading behind the rows on screen. */
async function listSettled(page: Page) {
  await expect(customersTable(page)).toHaveAttribute('aria-busy', 'false')
}

/** The id of the first customer on this page whose "Loans" cell says 0. */
async function firstLoanFreeId(page: Page, skip: readonly number[]): Promise<number> {
  const headers = await customersTable(page).getByRole('columnheader').allTextContents()
  const loansAt = headers.findIndex((text) => text.trim().startsWith('Loans'))
  expect(loansAt).toBeGreaterThan(0)
  for (const row of await customersTable(page).locator('tbody tr').all()) {
    const cells = await row.getByRole('cell').allInnerTexts()
    const id = Number(cells[0]?.trim())
    if (cells[loansAt]?.trim() === '0' && !skip.includes(id)) return id
  }
  throw new Error('No customer without loans on this page.')
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()])
  // A leading BOM (for spreadsheet apps) is not part of the content.
  return (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
}

async function expectCustomerGone(page: Page, id: number) {
  await page.goto('/customers')
  await expect(countStatus(page)).toBeVisible()
  const everyone = await countStatus(page).innerText()
  // A search by id also matches other fields (phones, zip codes): look for the id's own row.
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(String(id))
  await expect(countStatus(page)).not.toHaveText(everyone)
  await expect(page.getByRole('link', { name: String(id), exact: true })).toHaveCount(0)
}

test('select on two pages, export the removal file, remove them through the import', async ({
  page,
}) => {
  // The longest demo journey: a removal run, then three fresh loads to check each customer.
  test.setTimeout(150_000)
  await page.goto('/customers')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('Active')
  await expect(page).toHaveURL(/status=Active/)
  await showColumn(page, 'Loans')
  await listSettled(page)

  // 1002 (Ethan Blank) has no loans; another loan-free one on page 1 and a third on page 2
  // (read from the Loans column: a customer with loans would fail the tenant check).
  const select = (id: number) => page.getByRole('checkbox', { name: `Select customer ${id}` })
  await select(1002).check()
  const second = await firstLoanFreeId(page, [1002])
  await select(second).check()
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await listSettled(page)
  const third = await firstLoanFreeId(page, [])
  await select(third).check()
  const ids = [1002, second, third]
  const bulk = page.getByRole('group', { name: 'Bulk actions' })
  await expect(bulk.getByRole('status').filter({ hasText: 'selected' })).toHaveText('3 selected')
  await expect(select(third)).toBeChecked()
  await expectNoAxeViolations(page)

  const removal = await downloadedText(page, () =>
    bulk.getByRole('button', { name: 'Export removal file' }).click(),
  )
  const [header, ...lines] = removal.trim().split(/\r?\n/)
  expect(header).toBe('action,customerId')
  expect([...lines].sort()).toEqual(ids.map((id) => `remove,${id}`).sort())

  // Removed in place: the dialog opens on the list with the impact preview.
  await bulk.getByRole('button', { name: 'Remove selected…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  await expect(dialog).toContainText('Selection of 3 customers')
  await expect(dialog).toContainText('3 customers can be removed')
  await expectNoAxeViolations(page, '[role="alertdialog"]')
  await dialog.getByRole('button', { name: 'Remove 3 customers' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/customers/)
  const runStatus = page.getByRole('navigation', { name: 'Main' }).getByRole('status')
  await expect(runStatus).toContainText('Removal done: 3 of 3 removed')

  // The same history as a file, with the source "Selection".
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('heading', { name: /^Run Finished/ })).toBeVisible()
  await expect(stat(page, 'Removed')).toHaveText('3')
  await expect(stat(page, 'Failed')).toHaveText('0')
  const history = page.getByRole('table', { name: 'Import history' })
  const entry = history.getByRole('row').filter({ hasText: 'Selection' })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('Completed')

  for (const id of ids) await expectCustomerGone(page, id)
})

test('Export CSV: the shown columns, with formula-like cells neutralised', async ({ page }) => {
  await page.goto('/customers')
  await showColumn(page, 'Custom ID')
  // 1003 is the hostile fixture: its custom id is "+cmd".
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('1003')
  await expect(page).toHaveURL(/q=1003/)
  await listSettled(page)
  await expect(page.getByRole('link', { name: '1003', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await downloadedText(page, () =>
    page.getByRole('button', { name: 'Download CSV' }).click(),
  )
  const [header, ...lines] = csv.trim().split(/\r?\n/)
  expect(header).toBe('ID,Name,Status,Type,Email,Phone,City / State,Created,Custom ID')
  const hostile = lines.find((line) => line.startsWith('1003,'))
  expect(hostile).toBeDefined()
  expect(hostile?.endsWith(",'+cmd")).toBe(true)
  // No cell of the file starts a formula.
  expect(lines.every((line) => !/(^|,)"?[=+@-]/.test(line))).toBe(true)
})
