import { test, expect, expectNoAxeViolations } from './fixtures'

const ROUTES = [
  { path: '/customers', heading: /customers/i },
  { path: '/customers/1001', heading: /.+/ },
  { path: '/customers/1001/phones', heading: /.+/ },
  { path: '/import', heading: /import customers/i },
  { path: '/settings', heading: /settings/i },
  { path: '/no-such-page', heading: /page not found/i },
]

for (const route of ROUTES) {
  test(`opens ${route.path} on the demo tenant, accessible and without console errors`, async ({
    page,
  }) => {
    await page.goto(route.path)
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expectNoAxeViolations(page)
  })
}

test('/ redirects to the customer list', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/customers$/)
})

test('the fetch style persists across reloads', async ({ page }) => {
  await page.goto('/settings')
  const group = page.getByRole('radiogroup', { name: 'Fetch style' })
  await group.getByRole('radio', { name: '$expand' }).check()
  await page.reload()
  await expect(
    page.getByRole('radiogroup', { name: 'Fetch style' }).getByRole('radio', { name: '$expand' }),
  ).toBeChecked()
})
