import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'

const removalCsv = (ids: number[]) =>
  ['action,customerId', ...ids.map((id) => `remove,${id}`)].join('\n')
const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i)

/** The navigation's live run status ("Removing customers: 120 of 400"). */
const runStatus = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('status')

function stat(page: Page, label: string) {
  return page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=../dd')
}

/** How many rows of the run are done, read from the navigation's status. */
async function doneInNav(page: Page): Promise<number> {
  const text = (await runStatus(page).textContent()) ?? ''
  const match = /: ([\d,]+) of/.exec(text)
  return match ? Number(match[1]?.replace(/,/g, '')) : -1
}

/** Upload a removal file (validation starts on its own), line rejection, run, type the count. */
async function startFileRun(page: Page, ids: number[], name: string): Promise<number> {
  await page.getByLabel('CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(removalCsv(ids), 'utf8'),
  })
  await expect(page.getByText(`· ${ids.length} rows ·`)).toBeVisible()
  await expect(stat(page, 'Valid rows')).toBeVisible()
  await page.getByRole('radio', { name: 'Line rejection' }).check()
  const valid = Number((await stat(page, 'Valid rows').innerText()).replace(/\D/g, ''))
  await page.getByRole('button', { name: 'Run import' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  const remove = dialog.getByRole('button', { name: `Remove ${valid} customers` })
  // More than 25 customers: the button waits for the number to be typed.
  await expect(remove).toBeDisabled()
  await dialog.getByRole('textbox', { name: 'Number of customers to confirm' }).fill(String(valid))
  await remove.click()
  return valid
}

test('selected customers are removed in place while the person keeps browsing', async ({
  page,
}) => {
  await page.goto('/customers?demoLatency=300')
  for (const id of [1009, 1010, 1011]) {
    await page.getByRole('checkbox', { name: `Select customer ${id}` }).check()
  }
  await page.getByRole('button', { name: 'Remove selected…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  await expect(dialog).toContainText('2 customers can be removed')
  await expect(
    dialog.getByRole('list', { name: 'Customers that cannot be removed' }),
  ).toContainText(/1 linked to loans: 1011/)
  await expectNoAxeViolations(page, '[role="alertdialog"]')
  // Two customers: one click after the preview, no number to type.
  await expect(dialog.getByRole('textbox')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Remove 2 customers' }).click()
  await expect(dialog).toHaveCount(0)

  // The run goes on in the background while another customer is read.
  await expect(runStatus(page)).toContainText(/Removing customers: \d of 2|Removal done/)
  await page.getByRole('link', { name: '1002', exact: true }).click()
  await expect(page.getByRole('tablist', { name: 'Customer sections' })).toBeVisible()
  await expect(runStatus(page)).toContainText('Removal done: 2 of 2 removed')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Customers', exact: true }).first().click()
  const table = page.getByRole('table', { name: 'Customers' })
  await expect(table.getByRole('link', { name: '1011', exact: true })).toBeVisible()
  await expect(table.getByRole('link', { name: '1009', exact: true })).toHaveCount(0)
  await expect(table.getByRole('link', { name: '1010', exact: true })).toHaveCount(0)
  // The page held in memory shows at once without them, and is asked again in place (never
  // dimmed, even when the demo's answer comes short): two more customers fill it up.
  await expectNoAxeViolations(page)
  await expect(table.locator('tbody tr')).toHaveCount(25)
  await expect(table).toHaveAttribute('aria-busy', 'false')
})

test('a 400-row file run goes on while a customer is open, and resumes once after a reload', async ({
  page,
}) => {
  test.setTimeout(180_000)
  // Leaving with a run going asks first; the journey means to leave.
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto('/import?demoLatency=250')
  const confirmed = await startFileRun(page, range(400, 1100), 'remove-400.csv')
  await expect(runStatus(page)).toContainText(/Removing customers: [\d,]+ of /)

  // Read a customer in the same tab: the run does not pause.
  await expect.poll(() => doneInNav(page)).toBeGreaterThanOrEqual(4)
  await page.getByRole('link', { name: 'Customers', exact: true }).first().click()
  await page.getByRole('link', { name: '1002', exact: true }).click()
  await expect(page.getByRole('tablist', { name: 'Customer sections' })).toBeVisible()
  const whileAway = await doneInNav(page)
  await expect.poll(() => doneInNav(page)).toBeGreaterThan(whileAway + 3)
  await expect(runStatus(page)).toContainText('Removing customers')
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  const progress = page.getByRole('progressbar', { name: 'Import progress' })
  await expect(progress).toHaveAttribute('aria-valuemax', String(confirmed))
  expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(whileAway)
  await expect(page.getByRole('heading', { name: /^Run Removing customers/ })).toBeVisible()

  // A reload stops it; the journal offers to resume, and the badge says it needs attention.
  await page.reload()
  const offer = page.getByRole('region', { name: 'Unfinished import' })
  await expect(offer).toContainText('remove-400.csv')
  await expect(runStatus(page)).toContainText('Removal needs attention')
  await expectNoAxeViolations(page)
  await offer.getByRole('button', { name: 'Resume import' }).click()
  await expect(page.getByRole('heading', { name: /^Run Finished/ })).toBeVisible({
    timeout: 120_000,
  })
  await expect(runStatus(page)).toContainText(`Removal done: ${confirmed} of ${confirmed} removed`)
  // A DELETE sent twice would be answered "not found" and counted as failed.
  await expect(stat(page, 'Removed').first()).toHaveText(String(confirmed))
  await expect(stat(page, 'Failed').first()).toHaveText('0')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results', exact: true }).click(),
  ])
  const rows = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/).slice(1)
  const sent = rows.filter((line) => !line.includes('rejected at validation'))
  expect(sent).toHaveLength(confirmed)
  expect(sent.every((line) => line.split(',')[3] === 'removed')).toBe(true)
  expect(new Set(sent.map((line) => Number(line.split(',')[1]))).size).toBe(confirmed)
})
