import { expect, test, type Page } from '@playwright/test'
import { FAKE_ORIGIN } from './team-env'
import { fakeLog, signIn } from './team-steps'

// Team mode's runs live on the server: a bulk remover confirms an import, closes the browser
// mid-run, and an admin signing in elsewhere sees the same run going on and ending. The fake
// tenant counts every confirmed customer DELETEd exactly once.

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${FAKE_ORIGIN}/__fake/reset`)).ok()).toBe(true)
  // A tenant a little slow to answer: the run lasts long enough to close the browser mid-run.
  const slow = await request.post(`${FAKE_ORIGIN}/__fake/faults`, { data: { latencyMs: 150 } })
  expect(slow.ok()).toBe(true)
})

test.afterEach(async ({ request }) => {
  await request.post(`${FAKE_ORIGIN}/__fake/reset`)
})

const stat = (page: Page, label: string) =>
  page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=../dd')

const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i)

test('an import runs on the server: it outlives the browser that started it, and an admin sees it end', async ({
  browser,
}) => {
  test.setTimeout(150_000)
  const bulkContext = await browser.newContext()
  const bulk = await bulkContext.newPage()
  await signIn(bulk, 'bulk', '/import')
  const ids = range(60, 1101)
  await bulk.getByLabel('CSV file').setInputFiles({
    name: 'team-run.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['action,customerId', ...ids.map((id) => `remove,${id}`)].join('\n')),
  })
  await bulk.getByRole('button', { name: 'Validate', exact: true }).click()
  await expect(stat(bulk, 'Valid rows')).toBeVisible({ timeout: 30_000 })
  await bulk.getByRole('radio', { name: 'Line rejection' }).check()
  const confirmed = Number((await stat(bulk, 'Valid rows').innerText()).replace(/\D/g, ''))
  expect(confirmed).toBeGreaterThan(25)
  await bulk.getByRole('button', { name: 'Run import' }).click()
  const dialog = bulk.getByRole('alertdialog', { name: 'Remove customers' })
  await dialog
    .getByRole('textbox', { name: 'Number of customers to confirm' })
    .fill(String(confirmed))
  const posted = bulk.waitForResponse(
    (r) => r.url().endsWith('/api/runs') && r.request().method() === 'POST',
  )
  await dialog.getByRole('button', { name: `Remove ${String(confirmed)} customers` }).click()
  const run = (await (await posted).json()) as { id: string; total: number }
  expect(run.total).toBe(confirmed)

  // The page follows the server's run; the browser sends no DELETE of its own.
  const card = bulk.getByRole('region', { name: /^Run / })
  await expect(card.getByText(/on the server · started by Bea Bulk/)).toBeVisible()
  const progress = card.getByRole('progressbar', { name: 'Import progress' })
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 30_000 })
    .toBeGreaterThan(0)
  const doneAtClose = Number(await progress.getAttribute('aria-valuenow'))
  expect(doneAtClose).toBeLessThan(confirmed)
  await bulkContext.close()

  // Someone else, in a browser of their own: the run is still going, then ends.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signIn(admin, 'admin', '/import')
  const list = admin.getByRole('table', { name: 'Runs on the server' })
  const row = list.getByRole('row').filter({ hasText: 'team-run.csv' })
  await expect(row).toContainText('Bea Bulk')
  const adminCard = admin.getByRole('region', { name: /^Run / })
  await expect(
    adminCard.getByText(/team-run\.csv · on the server · started by Bea Bulk/),
  ).toBeVisible()
  const live = adminCard.getByRole('progressbar', { name: 'Import progress' })
  const seen = Number(await live.getAttribute('aria-valuenow'))
  expect(seen).toBeGreaterThanOrEqual(doneAtClose)
  // Still going when the admin arrived, so this is live progress, not a replay.
  expect(seen).toBeLessThan(confirmed)
  await expect(adminCard.getByRole('heading', { name: 'Run Finished' })).toBeVisible({
    timeout: 90_000,
  })
  await expect(stat(admin, 'Removed')).toHaveText(String(confirmed))
  await expect(row).toContainText(`${String(confirmed)} of ${String(confirmed)}`)

  // Every confirmed customer was DELETEd exactly once, and nothing else was.
  const results = await admin.request.get(`/api/runs/${run.id}/results.csv`)
  const removedIds = (await results.text())
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.split(',')[3] === 'removed')
    .map((line) => Number(line.split(',')[1]))
  expect(removedIds).toHaveLength(confirmed)
  const log = await fakeLog(admin.request)
  expect(Object.keys(log.deleteCounts).map(Number).sort()).toEqual([...removedIds].sort())
  for (const id of removedIds)
    expect(log.deleteCounts[String(id)], `customer ${String(id)}`).toBe(1)
  expect([...log.deletedIds].sort()).toEqual([...removedIds].sort())
  await adminContext.close()
})

test('viewers and operators are offered no runs, and the server refuses them the list', async ({
  page,
}) => {
  await signIn(page, 'operator', '/import')
  await expect(
    page.getByText(/Your role \(Operator\) cannot remove customers in bulk/),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: 'Runs on the server' })).toHaveCount(0)
  expect((await page.request.get('/api/runs')).status()).toBe(403)
  const forged = await page.request.post('/api/runs', {
    data: { ids: [1010], fileName: 'x.csv' },
    headers: { Origin: new URL(page.url()).origin },
  })
  expect(forged.status()).toBe(403)
  expect((await fakeLog(page.request)).deletedIds).toEqual([])
})
