/**
 * The bulk-removal screenshots of the README (1366 px wide): the in-place "Remove customers"
 * dialog on the list and the Import item's run badge while a run goes on in the background.
 * `npx tsx scripts/screenshots-bulk-removal.ts` after `npm run build`.
 */
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

const OUT = 'docs/screenshots'
const PORT = 4185
const app = spawn('npx', ['tsx', 'server/main.ts'], {
  env: { ...process.env, CM_SKIP_BUILD: '1', PORT: String(PORT), HOST: '127.0.0.1' },
  stdio: 'ignore',
  detached: true,
})
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking'],
})
try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break
    } catch {
      if (i > 120) throw new Error('the app did not start')
    }
    await sleep(500)
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } })
  await page.goto(`http://localhost:${PORT}/customers?demoLatency=400`)
  for (const id of [1009, 1010, 1011]) {
    await page.getByRole('checkbox', { name: `Select customer ${id}` }).check()
  }
  await page.getByRole('button', { name: 'Remove selected…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  await dialog.getByText('can be removed').waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: `${OUT}/remove-selected-dialog.png` })
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  const ids = Array.from({ length: 300 }, (_, i) => 1100 + i)
  await page.goto(`http://localhost:${PORT}/import?demoLatency=400`)
  await page.getByLabel('CSV file').setInputFiles({
    name: 'remove.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['action,customerId', ...ids.map((id) => `remove,${id}`)].join('\n')),
  })
  await page.locator('dt', { hasText: /^Valid rows$/ }).waitFor({ timeout: 30_000 })
  await page.getByRole('radio', { name: 'Line rejection' }).check()
  await page.getByRole('button', { name: 'Run import' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Remove customers' })
  const count = await confirm.getByRole('button', { name: /^Remove \d+ customers$/ }).innerText()
  await confirm
    .getByRole('textbox', { name: 'Number of customers to confirm' })
    .fill(count.replace(/\D/g, ''))
  await confirm.getByRole('button', { name: /^Remove \d+ customers$/ }).click()
  await page.getByRole('link', { name: 'Customers', exact: true }).first().click()
  await page.getByRole('table', { name: 'Customers' }).waitFor()
  await page.waitForTimeout(2500)
  await page.screenshot({ path: `${OUT}/import-run-badge.png` })
  console.log(`${OUT}/remove-selected-dialog.png ${OUT}/import-run-badge.png`)
} finally {
  await browser.close()
  if (app.pid) process.kill(-app.pid)
}
