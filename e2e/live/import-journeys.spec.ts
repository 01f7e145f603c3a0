import type { Download, Page } from '@playwright/test'
import { test, expect } from './live-fixtures'

// The CSV import wizard against the fake tenant through the proxy: validation look-ups and
// removals are real HTTP requests, so the fake's log shows exactly what was deleted.

function csvFile(name: string, lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) }
}

async function upload(page: Page, file: ReturnType<typeof csvFile>) {
  await page.goto('/import')
  await expect(page.getByRole('heading', { level: 1, name: 'Import customers' })).toBeVisible()
  await page.getByLabel('CSV file').setInputFiles(file)
}

async function validate(page: Page, type: 'File rejection' | 'Line rejection') {
  await page
    .getByRole('radiogroup', { name: 'Validation type' })
    .getByRole('radio', { name: type })
    .check()
  await page.getByRole('button', { name: 'Validate', exact: true }).click()
}

/** Splits CSV text into cells (RFC 4180 quoting), enough for the app's own exports. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks).toString('utf8')
}

/** No exported cell may start like a spreadsheet formula. */
function expectInjectionSafe(csv: string) {
  const risky = parseCsv(csv)
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell))
  expect(risky, 'cells that a spreadsheet would run').toEqual([])
}

test('line rejection: valid rows are removed once each, bad rows are listed and skipped', async ({
  page,
  fake,
}) => {
  await upload(
    page,
    csvFile('removals.csv', [
      'action,customerId',
      'remove,1010',
      'remove,1003',
      'remove,abc',
      'remove,99999999',
    ]),
  )
  await validate(page, 'Line rejection')
  const errors = page.getByRole('table', { name: 'Validation errors' })
  await expect(errors).toBeVisible({ timeout: 20_000 })
  await expect(errors.getByRole('row').filter({ hasText: 'abc' })).toContainText('4')
  await expect(errors.getByRole('row').filter({ hasText: '99999999' })).toContainText('5')
  // Validating only looks: nothing is deleted before the person confirms.
  expect((await fake.log()).deleteCounts).toEqual({})

  await page.getByRole('button', { name: 'Run import' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Remove customers' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Remove 2 customers' }).click()

  const results = page.getByRole('table', { name: 'Import results' })
  await expect(results).toBeVisible({ timeout: 30_000 })
  // The bar, if it stays on screen, shows the run as complete.
  const bar = page.getByRole('progressbar', { name: 'Import progress' })
  if ((await bar.count()) > 0) {
    await expect(bar).toHaveAttribute('aria-valuemax', '2')
    await expect(bar).toHaveAttribute('aria-valuenow', '2')
  }
  await expect(results.getByRole('row').filter({ hasText: '1010' })).toBeVisible()
  await expect(results.getByRole('row').filter({ hasText: '1003' })).toBeVisible()
  const log = await fake.log()
  expect(log.deleteCounts).toEqual({ 1003: 1, 1010: 1 })
  expect(log.deletedIds).toEqual([1003, 1010])
  await expect(page.getByRole('table', { name: 'Import history' })).toContainText('removals.csv')
})

test('file rejection: one bad row blocks the whole file and nothing is deleted', async ({
  page,
  fake,
}) => {
  await upload(page, csvFile('bad.csv', ['action,customerId', 'remove,1010', 'remove,nope']))
  await validate(page, 'File rejection')
  await expect(page.getByRole('table', { name: 'Validation errors' })).toBeVisible({
    timeout: 20_000,
  })
  await expect(page.getByRole('button', { name: 'Run import' })).toBeDisabled()
  expect((await fake.log()).deleteCounts).toEqual({})
})

test('hostile cells: the preview renders them as text and the error report neutralises formulas', async ({
  page,
  fake,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await upload(
    page,
    csvFile('hostile.csv', [
      'action,customerId',
      'remove,<script>window.__xss=1</script>',
      'remove,"=HYPERLINK(""http://evil"",""x"")"',
      'remove,+cmd',
      'remove,-2+3',
      'remove,@SUM(A1)',
      '<img src=x onerror=window.__xss=1>,1010',
    ]),
  )
  await validate(page, 'Line rejection')
  const errors = page.getByRole('table', { name: 'Validation errors' })
  await expect(errors).toBeVisible({ timeout: 20_000 })
  await expect(errors).toContainText('<script>window.__xss=1</script>')
  expect(await page.evaluate(() => '__xss' in window)).toBe(false)
  expect(dialogs).toEqual([])
  await expect(page.locator('[href^="javascript:" i], [onerror], [onload]')).toHaveCount(0)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download error report' }).click(),
  ])
  const csv = await readDownload(download)
  expect(csv).toContain('HYPERLINK')
  expectInjectionSafe(csv)
  expect((await fake.log()).deleteCounts).toEqual({})
})
