import { test, expect, expectNoAxeViolations } from './fixtures'
import { sidewaysOverflow } from './support/sideways-overflow'

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

// Staff read the list beside other windows: a narrow window scrolls a table in its own box
// (which a keyboard reaches too), never the whole page sideways, and the top bar fits.
for (const width of [800, 420]) {
  test(`at ${width} px the pages do not scroll sideways and the top bar fits`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    for (const path of ['/customers', '/customers/1001', '/import', '/settings']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (path === '/customers') {
        await expect(page.getByRole('link', { name: '1001', exact: true })).toBeVisible()
      }
      expect(await sidewaysOverflow(page)).toEqual({ page: 0, bar: 0 })
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Demo tenant' })).toBeVisible()
      // A table too wide for the window scrolls in its own box: a keyboard must reach it too.
      await page.waitForLoadState('networkidle')
      await expectNoAxeViolations(page)
    }
  })
}
