import type { Page } from '@playwright/test'
import { test, expect, customersTable, fillBrowserConnection, searchFor } from './live-fixtures'
import { FAKE_TOKEN, PREVIEW_PORT } from './live-env'

// The API token must never reach a URL, a response the browser reads, web storage (the server
// proxy) or localStorage (browser connection), or a console line.

interface Seen {
  urls: string[]
  bodies: Promise<string | null>[]
  headers: string[]
  console: string[]
}

function watch(page: Page): Seen {
  const seen: Seen = { urls: [], bodies: [], headers: [], console: [] }
  page.on('request', (request) => seen.urls.push(request.url()))
  page.on('response', (response) => {
    seen.headers.push(JSON.stringify(response.headers()))
    // Redirects and aborted loads have no body: count them as empty.
    seen.bodies.push(response.text().catch(() => null))
  })
  page.on('console', (message) => seen.console.push(message.text()))
  return seen
}

async function storage(page: Page, kind: 'localStorage' | 'sessionStorage') {
  return page.evaluate((name) => {
    const store = name === 'localStorage' ? window.localStorage : window.sessionStorage
    const entries: string[] = []
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i) ?? ''
      entries.push(`${key}=${store.getItem(key) ?? ''}`)
    }
    return entries
  }, kind)
}

const leaking = (values: readonly (string | null)[]) =>
  values.filter((value) => value?.includes(FAKE_TOKEN))

test('server proxy: the token is in no URL, response, storage entry or console line', async ({
  page,
}) => {
  const seen = watch(page)
  await page.goto('/customers')
  await searchFor(page, 'Fullerton')
  await customersTable(page).getByRole('link', { name: '1001', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' })).toBeVisible()
  for (const label of ['Phones', 'Payment Accounts', 'Notes']) {
    await page
      .getByRole('tablist', { name: 'Customer sections' })
      .getByRole('tab', { name: new RegExp(`^${label}\\b`) })
      .click()
    await expect(page.getByRole('tabpanel', { name: new RegExp(`^${label}\\b`) })).toBeVisible()
  }
  await page.goto('/settings')
  await expect(page.getByRole('textbox', { name: 'Base URL' })).toHaveValue(/.+/)
  await page.waitForLoadState('networkidle')

  const bodies = await Promise.all(seen.bodies)
  // The watch really saw the API traffic, so an empty leak list means something.
  expect(seen.urls.some((url) => url.includes('/api/loanpro/'))).toBe(true)
  expect(bodies.some((body) => body?.includes('Margaret'))).toBe(true)

  expect(leaking(seen.urls), 'request URLs').toEqual([])
  expect(leaking(bodies), 'response bodies').toEqual([])
  expect(leaking(seen.headers), 'response headers').toEqual([])
  expect(leaking(seen.console), 'console').toEqual([])
  expect(leaking(await storage(page, 'localStorage')), 'localStorage').toEqual([])
  expect(leaking(await storage(page, 'sessionStorage')), 'sessionStorage').toEqual([])
  // Nor is the page itself aware of it: no field shows it.
  expect(await page.content()).not.toContain(FAKE_TOKEN)
})

test.describe('browser connection (the app served without CSP by vite preview)', () => {
  const origin = `http://127.0.0.1:${PREVIEW_PORT}`

  test('test, connect and search with a typed token; it stays out of URLs and localStorage', async ({
    page,
    fake,
  }) => {
    const seen = watch(page)
    await fillBrowserConnection(page, origin, FAKE_TOKEN)
    await page.getByRole('button', { name: 'Test connection' }).click()
    await expect(page.getByRole('status').filter({ hasText: '2,500 customers' })).toBeVisible()
    await page.getByRole('button', { name: 'Connect', exact: true }).click()

    await page.goto(`${origin}/customers`)
    await searchFor(page, 'Fullerton')
    await expect(
      customersTable(page).getByRole('link', { name: '1001', exact: true }),
    ).toBeVisible()
    // It is the real tenant that answered, not the demo worker.
    const { requests } = await fake.log()
    expect(requests.some((r) => r.path.includes('Autopal.Search()'))).toBe(true)

    // Survives a reload in the same tab (the token is in sessionStorage)...
    await page.reload()
    await expect(
      customersTable(page).getByRole('link', { name: '1001', exact: true }),
    ).toBeVisible()

    expect(leaking(seen.urls), 'request URLs').toEqual([])
    expect(leaking(seen.console), 'console').toEqual([])
    expect(leaking(await storage(page, 'localStorage')), 'localStorage').toEqual([])
    expect(leaking(await storage(page, 'sessionStorage')).length).toBeLessThanOrEqual(1)
  })

  test('a wrong token is refused in words that do not repeat it', async ({
    page,
    allowConsoleError,
  }) => {
    allowConsoleError(/status of 401/)
    const wrong = 'wrong-token-0f9e8d7c6b5a'
    await fillBrowserConnection(page, origin, wrong)
    await page.getByRole('button', { name: 'Test connection' }).click()
    const status = page.getByRole('status').filter({ hasText: /401|refused/i })
    await expect(status).toBeVisible()
    await expect(status).not.toContainText(wrong)
  })
})
