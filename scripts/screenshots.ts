/**
 * Regenerates the README's screenshots: `npm run screenshots` (serves the current dist/: build first).
 * Demo pages come from the production server on the demo tenant; the error state from the same
 * server proxying to the standalone fake tenant with every search failing.
 */
import { chromium, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { startStandaloneServer } from '../src/mocks/standalone-server.ts'

const OUT = 'docs/screenshots'
const DEMO_PORT = 4183
const PROXY_PORT = 4184
const TOKEN = 'screenshot-token'

function startApp(port: number, env: Record<string, string>): ChildProcess {
  return spawn('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, CM_SKIP_BUILD: '1', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: 'ignore',
    detached: true, // its own process group, so the server under npx stops with it
  })
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(url)).ok) return
    } catch (error) {
      if (i % 20 === 19) console.log(`waiting for ${url}: ${String(error)}`)
    }
    await sleep(500)
  }
  throw new Error(`${url} did not start`)
}

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${OUT}/${name}.png` })
  console.log(`${OUT}/${name}.png`)
}

const fake = await startStandaloneServer({
  port: 8791,
  count: 2500,
  seed: 1,
  token: TOKEN,
  tenantId: '5200000',
})
const demoApp = startApp(DEMO_PORT, {})
const proxyApp = startApp(PROXY_PORT, {
  LOANPRO_API_BASE: fake.baseUrl,
  LOANPRO_TENANT_ID: '5200000',
  LOANPRO_API_TOKEN: TOKEN,
})
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking'],
})
try {
  await Promise.all([
    waitFor(`http://127.0.0.1:${DEMO_PORT}/`),
    waitFor(`http://127.0.0.1:${PROXY_PORT}/`),
  ])
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } })
  const demo = `http://localhost:${DEMO_PORT}`

  await page.goto(`${demo}/customers`)
  await page.getByRole('link', { name: '1001', exact: true }).waitFor()
  await shot(page, 'customers')

  await page.goto(`${demo}/customers?q=no%20such%20customer`)
  await page.getByRole('button', { name: 'Clear search' }).waitFor()
  await shot(page, 'customers-no-matches')

  await page.goto(`${demo}/customers/1001/payment-accounts`)
  await page
    .getByRole('tabpanel')
    .getByText(/checking/i)
    .first()
    .waitFor()
  await shot(page, 'overview')

  await page.goto(`${demo}/customers/1010`)
  await page.getByRole('button', { name: 'Delete customer' }).click()
  await page.getByRole('alertdialog', { name: 'Delete customer' }).waitFor()
  await shot(page, 'delete-dialog')

  await page.goto(`${demo}/import`)
  await page.getByRole('heading', { level: 1, name: 'Import customers' }).waitFor()
  await page.getByLabel('CSV file').setInputFiles({
    name: 'remove-customers.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'action,customerId\r\nremove,1010\r\nremove,1002\r\nadd,1004\r\nremove,1011\r\nremove,99999\r\nremove,12x\r\n',
    ),
  })
  await page.getByRole('button', { name: 'Validate' }).click()
  await page.getByRole('table', { name: 'Validation errors' }).waitFor()
  await shot(page, 'import-validation')

  await page.goto(`${demo}/settings`)
  await shot(page, 'settings')

  await fetch(`${fake.baseUrl.replace(/\/api\/public\/api\/1\/$/, '')}/__fake/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ failure5xxRate: 1 }),
  })
  await page.goto(`http://localhost:${PROXY_PORT}/customers`)
  await page.getByRole('button', { name: 'Retry' }).waitFor({ timeout: 30_000 })
  await shot(page, 'customers-error')
} finally {
  await browser.close()
  for (const app of [demoApp, proxyApp]) if (app.pid) process.kill(-app.pid)
  await fake.close()
}
