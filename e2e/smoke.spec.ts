import { test, expect, expectNoAxeViolations } from './fixtures'
import { sidewaysOverflow } from './support/sideways-overflow'

// Each page names the tab; the server sends the list's page with its title already set.
const ROUTES = [
  { path: '/customers', heading: /customers/i, title: /^Customers · Customer Manager$/ },
  { path: '/customers/1001', heading: /.+/, title: /^.+ · Customer Manager$/ },
  { path: '/customers/1001/phones', heading: /.+/, title: /^.+ · Customer Manager$/ },
  { path: '/import', heading: /import customers/i, title: /^Import customers · Customer/ },
  { path: '/settings', heading: /settings/i, title: /^Settings · Customer Manager$/ },
  { path: '/no-such-page', heading: /page not found/i, title: /^Page not found · Customer/ },
]

for (const route of ROUTES) {
  test(`opens ${route.path} on the demo tenant, accessible and without console errors`, async ({
    page,
  }) => {
    await page.goto(route.path)
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible()
    await expect(page).toHaveTitle(route.title)
    await page.waitForLoadState('networkidle')
    await expectNoAxeViolations(page)
  })
}

test('/ redirects to the customer list', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/customers$/)
  await expect(page).toHaveTitle('Customers · Customer Manager')
})

test('the tab is named after the open page, and after the list again on the way back', async ({
  page,
}) => {
  await page.goto('/customers')
  const table = page.getByRole('table', { name: 'Customers' })
  const name = (await table.getByRole('row').nth(1).getByRole('link').nth(1).textContent()) ?? ''
  await table.getByRole('row').nth(1).getByRole('link').nth(1).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page).toHaveTitle(`${name} · Customer Manager`)
  await page.goBack()
  await expect(table).toBeVisible()
  await expect(page).toHaveTitle('Customers · Customer Manager')
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
