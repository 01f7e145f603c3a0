import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

/** Good and bad rows; the header is line 1, so "Row" in the errors table is the file's line. */
const MIXED_CSV = [
  'action,customerId',
  'remove,1002', // 2: Ethan Blank, no loans
  'remove,1010', // 3: Dale Removable
  'remove,1011', // 4: linked to loans
  'add,1004', // 5: not a removal
  'remove,99999', // 6: no such customer
  'remove,abc', // 7: not an id
  'remove,1002', // 8: duplicate of line 2
  '"=HYPERLINK(""http://example.test"")",1005', // 9: a formula where the action goes
].join('\n')

const removalCsv = (ids: number[]) =>
  ['action,customerId', ...ids.map((id) => `remove,${id}`)].join('\n')
const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i)

async function upload(page: Page, text: string, name: string) {
  await page.getByLabel('CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  })
}

/** The number shown under a count's label (e.g. "Valid rows", "Removed"). */
function stat(page: Page, label: string) {
  return page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=../dd')
}

async function validate(page: Page) {
  await page.getByRole('button', { name: 'Validate', exact: true }).click()
  await expect(stat(page, 'Valid rows')).toBeVisible()
}

/** Line rejection → Run import → confirm; returns how many were confirmed. */
async function confirmRun(page: Page): Promise<number> {
  await page.getByRole('radio', { name: 'Line rejection' }).check()
  const valid = Number((await stat(page, 'Valid rows').innerText()).replace(/\D/g, ''))
  await page.getByRole('button', { name: 'Run import' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  // More than 25 customers: the number is typed before the button works.
  if (valid > 25)
    await dialog
      .getByRole('textbox', { name: 'Number of customers to confirm' })
      .fill(String(valid))
  await dialog.getByRole('button', { name: `Remove ${valid} customers` }).click()
  return valid
}

async function expectCustomerGone(page: Page, id: number) {
  await page.goto('/customers')
  const count = page.getByRole('status').filter({ hasText: /\d customers?$/ })
  await expect(count).toBeVisible()
  const everyone = await count.innerText()
  // A search by id also matches other fields (phones, zip codes): look for the id's own row.
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(String(id))
  await expect(count).not.toHaveText(everyone)
  await expect(page.getByRole('link', { name: String(id), exact: true })).toHaveCount(0)
  await page.goto(`/customers/${id}`)
  await expect(page.getByRole('heading', { name: 'Customer not found', level: 1 })).toBeVisible()
}

test('a file with good and bad rows: errors, report, confirm, run, results, history', async ({
  page,
}) => {
  await page.goto('/import')
  await expect(page.getByRole('heading', { name: 'Import customers', level: 1 })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Upload' })).toHaveAttribute(
    'aria-current',
    'step',
  )
  await expectNoAxeViolations(page)

  // The parse runs in a Web Worker in a real browser.
  await upload(page, MIXED_CSV, 'mixed.csv')
  await expect(page.getByText('mixed.csv')).toBeVisible()
  await validate(page)
  await expect(stat(page, 'Valid rows')).toHaveText('2')
  await expect(stat(page, 'Rows with errors')).toHaveText('5')
  const errors = page.getByRole('table', { name: 'Validation errors' })
  const rowOf = (line: number) =>
    errors
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(line), exact: true }) })
  await expect(rowOf(4)).toContainText('1011')
  await expect(rowOf(4)).toContainText(/Linked to \d+ loans?/)
  await expect(rowOf(5)).toContainText('not supported')
  await expect(rowOf(6)).toContainText('99999')
  await expect(rowOf(7)).toContainText('not a number')
  await expect(rowOf(8)).toContainText('1002')
  await expect(rowOf(9)).toContainText('not recognised')
  await expect(page.getByRole('button', { name: 'Run import' })).toBeDisabled()
  await expectNoAxeViolations(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download error report' }).click(),
  ])
  const report = await readFile(await download.path(), 'utf8')
  const [header, ...lines] = report.trim().split(/\r?\n/)
  expect(header).toBe('action,customerId,error')
  expect(lines).toHaveLength(6)
  expect(report).toContain('remove,1011,Linked to')
  // The hostile cell is neutralised, never left to start with "=".
  expect(
    lines.some((line) => line.startsWith('"\'=HYPERLINK') || line.startsWith("'=HYPERLINK")),
  ).toBe(true)
  expect(lines.every((line) => !/^[=+@-]|,[=+@-]/.test(line))).toBe(true)

  await page.getByRole('radio', { name: 'Line rejection' }).check()
  await page.getByRole('button', { name: 'Run import' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page, '[role="alertdialog"]')
  await dialog.getByRole('button', { name: 'Remove 2 customers' }).click()

  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
    'aria-valuemax',
    '2',
  )
  await expect(page.getByRole('heading', { name: /^Run Finished/ })).toBeVisible()
  await expect(stat(page, 'Removed')).toHaveText('2')
  await expect(stat(page, 'Failed')).toHaveText('0')
  await expect(stat(page, 'Not sent')).toHaveText('0')
  const results = page.getByRole('table', { name: 'Import results' })
  await expect(results.getByRole('row').filter({ hasText: '1002' })).toContainText('Removed')
  await expect(results.getByRole('row').filter({ hasText: '1010' })).toContainText('Removed')
  await expectNoAxeViolations(page)

  const history = page.getByRole('table', { name: 'Import history' })
  const entry = history.getByRole('row').filter({ hasText: 'mixed.csv' })
  await expect(entry).toContainText('Completed')
  await expect(entry).toContainText('Line rejection')

  await expectCustomerGone(page, 1002)
  await expectCustomerGone(page, 1010)
})

test('pause stops sending, resume carries on to the end', async ({ page }) => {
  await page.goto('/import?demoLatency=400')
  await upload(page, removalCsv(range(48, 1100)), 'many.csv')
  await validate(page)
  const confirmed = await confirmRun(page)
  expect(confirmed).toBeGreaterThan(20)

  const progress = page.getByRole('progressbar', { name: 'Import progress' })
  await expect(progress).toHaveAttribute('aria-valuemax', String(confirmed))
  await page.getByRole('button', { name: 'Pause' }).click()
  const resume = page.getByRole('button', { name: 'Resume' })
  await expect(resume).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Run Paused/ })).toBeVisible()
  const paused = await progress.getAttribute('aria-valuenow')
  expect(Number(paused)).toBeLessThan(confirmed)
  await page.waitForTimeout(1000)
  await expect(progress).toHaveAttribute('aria-valuenow', paused ?? '')
  await expectNoAxeViolations(page)

  await resume.click()
  await expect(page.getByRole('heading', { name: /^Run Finished/ })).toBeVisible()
  await expect(progress).toHaveAttribute('aria-valuenow', String(confirmed))
  await expect(stat(page, 'Removed')).toHaveText(String(confirmed))
  await expect(stat(page, 'Failed')).toHaveText('0')
})

test('a reload mid-run offers to resume at once, and each customer is removed once', async ({
  page,
}) => {
  // Leaving with a run going asks first; the journey means to leave.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto('/import?demoLatency=400')
  const planned = range(40, 1200)
  await upload(page, removalCsv(planned), 'reload.csv')
  await validate(page)
  const confirmed = await confirmRun(page)
  const progress = page.getByRole('progressbar', { name: 'Import progress' })
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')))
    .toBeGreaterThanOrEqual(4)

  await page.reload()
  const offer = page.getByRole('region', { name: 'Unfinished import' })
  await expect(offer).toContainText('reload.csv')
  const history = page.getByRole('table', { name: 'Import history' })
  await expect(history.getByRole('row').filter({ hasText: 'reload.csv' })).toContainText(
    'Interrupted',
  )
  await expectNoAxeViolations(page)
  await offer.getByRole('button', { name: 'Resume import' }).click()

  await expect(page.getByRole('heading', { name: /^Run Finished/ })).toBeVisible()
  // A DELETE sent twice would be answered "not found" and counted as failed.
  await expect(stat(page, 'Removed')).toHaveText(String(confirmed))
  await expect(stat(page, 'Failed')).toHaveText('0')
  await expect(offer).toHaveCount(0)
  await expect(history.getByRole('row').filter({ hasText: 'reload.csv' })).toContainText(
    'Completed',
  )

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results', exact: true }).click(),
  ])
  // Rows rejected at validation are listed after the sent ones, with that outcome.
  const outcomes = (await readFile(await download.path(), 'utf8'))
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => !line.includes(',rejected at validation,'))
  expect(outcomes).toHaveLength(confirmed)
  expect(outcomes.every((line) => line.split(',')[3] === 'removed')).toBe(true)
  const removedIds = outcomes.map((line) => Number(line.split(',')[1]))
  expect(new Set(removedIds).size).toBe(confirmed)
  await expectCustomerGone(page, removedIds[0] ?? 0)
  await expectCustomerGone(page, removedIds.at(-1) ?? 0)
})

test('the list reads the import journal when idle; the import engine loads for the import page', async ({
  page,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  const loaded = (chunk: string) => scripts.some((url) => url.includes(`/${chunk}-`))
  await page.goto('/customers')
  await expect(page.getByRole('link', { name: '1001', exact: true })).toBeVisible()
  await expect.poll(() => loaded('open-import-journal')).toBe(true)
  // The journal read, no run to resume: nothing more is fetched for imports.
  await page.waitForLoadState('networkidle')
  expect(loaded('open-import-engine')).toBe(false)

  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await expect(page.getByLabel('CSV file')).toBeVisible()
  expect(loaded('open-import-engine')).toBe(true)
})
