import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from '../fixtures'
import { sidewaysOverflow } from '../support/sideways-overflow'
import { FAKE_ORIGIN } from './team-env'
import { fakeLog, signIn } from './team-steps'

// Team mode end to end: people sign in at a real OpenID Connect provider (on loopback), their
// role comes from its `roles` claim, and the server enforces it before the fake tenant.

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${FAKE_ORIGIN}/__fake/reset`)).ok()).toBe(true)
})

test('a viewer reads, is offered no delete, and a forged DELETE never reaches the tenant', async ({
  page,
}) => {
  await signIn(page, 'viewer')
  const banner = page.getByRole('banner')
  await expect(banner.getByText('Vera Viewer')).toBeVisible()
  await expect(page.getByRole('link', { name: '1010', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Delete customer/ })).toHaveCount(0)
  await expect(banner.getByRole('link', { name: 'Import' })).toHaveCount(0)

  await page.goto('/customers/1010')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Delete customer' })).toHaveCount(0)

  // The page's own cookies, a request the UI never offers.
  const forged = await page.request.delete('/api/loanpro/odata.svc/Customers(1010)')
  expect(forged.status()).toBe(403)
  expect(await forged.json()).toEqual({
    error: {
      message: 'Your role (viewer) may not delete a customer: that needs the operator role.',
    },
  })
  const log = await fakeLog(page.request)
  expect(log.requests.filter((r) => r.method === 'DELETE')).toEqual([])
  expect(log.deletedIds).toEqual([])
})

test('an operator deletes customer 1010; the audit keeps its snapshot and an admin opens it', async ({
  page,
  browser,
}) => {
  await signIn(page, 'operator', '/customers/1010')
  await expect(page.getByRole('banner').getByText('Otto Operator')).toBeVisible()
  const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  expect(name).not.toBe('')
  await page.getByRole('button', { name: 'Delete customer' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1010')
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /deleted/ })
      .first(),
  ).toContainText('1010')
  expect((await fakeLog(page.request)).deletedIds).toEqual([1010])
  // No import for an operator: runs need the bulk remover role.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Import' })).toHaveCount(0)

  // The operator reads their own entry: who, the outcome, and a snapshot kept before the DELETE.
  await page.getByRole('banner').getByRole('link', { name: 'Audit' }).click()
  const entries = page.getByRole('table', { name: 'Audit entries' })
  const entry = entries
    .getByRole('row')
    .filter({ hasText: 'Otto Operator' })
    .filter({
      has: page.getByRole('link', { name: 'Snapshot of 1010' }),
    })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText(/removed/i)

  // An admin, in a browser of their own, opens that snapshot: the overview's views, read-only.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signIn(admin, 'admin', '/audit')
  await admin
    .getByRole('table', { name: 'Audit entries' })
    .getByRole('row')
    .filter({ hasText: 'Otto Operator' })
    .getByRole('link', { name: 'Snapshot of 1010' })
    .first()
    .click()
  await expect(
    admin.getByRole('heading', { name: 'Snapshot taken before the delete' }),
  ).toBeVisible()
  await expect(admin.getByRole('heading', { name })).toBeVisible()
  // One h1, the entry's: the snapshot's customer name sits below it.
  await expect(admin.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expectNoAxeViolations(admin)
  await admin.getByRole('tab', { name: /^Phones/ }).click()
  await expect(admin.getByRole('tabpanel')).toBeVisible()
  await expect(admin.getByRole('button', { name: 'Delete customer' })).toHaveCount(0)
  // Read from the snapshot alone: opening it asked the tenant nothing.
  const asked = (await fakeLog(admin.request)).requests.filter((r) => r.customerId === 1010)
  expect(asked.filter((r) => r.method === 'DELETE')).toHaveLength(1)
  await adminContext.close()
})

test('an admin sees their name and Sign out, and signing out ends the session', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin')
  const banner = page.getByRole('banner')
  await expect(banner.getByText('Ada Admin')).toBeVisible()
  await expect(banner.getByRole('link', { name: 'Import' })).toBeVisible()
  const session = await page.request.get('/api/session')
  expect(await session.json()).toEqual({
    user: { name: 'Ada Admin', email: 'ada@example.test', role: 'admin' },
  })
  // A copy of the session cookie in another browser (as if it had been stolen): it works...
  const copied = await browser.newContext()
  await copied.addCookies(
    (await page.context().cookies()).filter((cookie) => cookie.name.endsWith('cm_session')),
  )
  expect((await copied.request.get('/api/session')).status()).toBe(200)

  await banner.getByRole('button', { name: 'Sign out' }).click()
  // The IdP asks to confirm its own sign-out, then sends the browser back to the app.
  await page.getByRole('button', { name: 'Yes, sign me out' }).click()
  await expect(page.getByRole('heading', { name: 'Signed out' })).toBeVisible()
  expect((await page.request.get('/api/session')).status()).toBe(401)
  // Signed out at the IdP too: the app sends the person to its login form again.
  await page.goto('/customers')
  await expect(page.getByPlaceholder('Enter any login')).toBeVisible()
  // ...until the sign-out: the session was revoked on the server, not only forgotten here.
  expect((await copied.request.get('/api/session')).status()).toBe(401)
  await copied.close()
})

test("an admin ends an operator's sessions: their next call gets 401, the page asks to sign in", async ({
  page,
  browser,
}) => {
  const operatorContext = await browser.newContext()
  const operator = await operatorContext.newPage()
  await signIn(operator, 'operator', '/customers/1010')
  await signIn(page, 'admin', '/audit')
  const sessions = page.getByRole('table', { name: 'Signed-in people' })
  await expect(sessions.getByRole('row').filter({ hasText: 'Otto Operator' })).toHaveCount(1)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'End sessions of Otto Operator' }).click()
  await expect(page.getByText(/sessions? of Otto Operator: they must sign in again/)).toBeVisible()
  await expect(sessions.getByRole('row').filter({ hasText: 'Otto Operator' })).toHaveCount(0)

  const refused = await operator.request.get('/api/loanpro/odata.svc/Customers(1010)')
  expect(refused.status()).toBe(401)
  // The page itself goes to sign in (the IdP may then sign them straight back in while its own
  // session lasts: ending that is the IdP's part).
  const reload = await operator.request.get('/customers/1010', { maxRedirects: 0 })
  expect(reload.status()).toBe(302)
  expect(reload.headers()['location']).toMatch(/^\/auth\/login\?next=/)
  // The operator's open page says so at its next request, instead of blaming LoanPro's token.
  await operator
    .getByRole('tablist', { name: 'Customer sections' })
    .getByRole('tab', { name: /^Notes/ })
    .click()
  await expect(
    operator.getByRole('alert').filter({ hasText: 'Your session has ended.' }),
  ).toBeVisible()
  await expect(operator.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
    'href',
    /^\/auth\/login\?next=%2Fcustomers%2F1010/,
  )
  await operatorContext.close()
})

test('someone the IdP knows but who has no role is told so, and gets nothing', async ({ page }) => {
  await page.goto('/customers')
  await page.getByPlaceholder('Enter any login').fill('nobody')
  await page.getByPlaceholder('and password').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible()
  expect((await page.request.get('/api/loanpro/odata.svc/Customers(1010)')).status()).toBe(401)
})

test('a bulk remover removes a selection in a run on the server', async ({ page }) => {
  await signIn(page, 'bulk')
  for (const id of [1009, 1010]) {
    await page.getByRole('checkbox', { name: `Select customer ${String(id)}` }).check()
  }
  await page.getByRole('button', { name: 'Remove selected…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Remove customers' })
  await dialog.getByRole('button', { name: 'Remove 2 customers' }).click()
  await expect
    .poll(async () => (await fakeLog(page.request)).deletedIds.sort())
    .toEqual([1009, 1010])
  // The server ran it (the tab sent no DELETE), under the bulk remover's name.
  const { runs } = (await (await page.request.get('/api/runs')).json()) as {
    runs: Array<{ source: string; total: number; startedBy: { name: string } }>
  }
  expect(runs[0]).toMatchObject({ source: 'selection', total: 2, startedBy: { name: 'Bea Bulk' } })
})

test('in a narrow window the top bar wraps, Sign out stays on screen, tables scroll by keyboard', async ({
  page,
}) => {
  // Team mode's bar is the longest: Audit, the tenant, the person, their role and Sign out.
  await signIn(page, 'admin')
  for (const width of [800, 420]) {
    await page.setViewportSize({ width, height: 700 })
    for (const [path, table] of [
      ['/customers', 'Customers'],
      ['/audit', 'Audit entries'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('table', { name: table })).toBeVisible()
      expect(await sidewaysOverflow(page)).toEqual({ page: 0, bar: 0 })
      await expect(
        page.getByRole('banner').getByRole('button', { name: 'Sign out' }),
      ).toBeInViewport({ ratio: 1 })
      // The audit's tables are wider than a phone: they scroll in a box a keyboard reaches.
      await expectNoAxeViolations(page)
    }
  }
})
