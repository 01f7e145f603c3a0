import { test, expect, expectNoAxeViolations } from './fixtures'
import type { Page } from '@playwright/test'
import { CUSTOMER_SECTIONS } from './support/customer-sections'

const TABS = CUSTOMER_SECTIONS

async function chooseFetchStyle(page: Page, style: 'Per object' | '$expand') {
  await page.goto('/settings')
  await page
    .getByRole('radiogroup', { name: 'Fetch style' })
    .getByRole('radio', { name: style })
    .check()
}

/** Walks every tab with the arrow keys and Enter, checking each panel shows something real. */
async function walkTabsByKeyboard(page: Page) {
  const tablist = page.getByRole('tablist', { name: 'Customer sections' })
  await tablist.getByRole('tab', { name: /^Details/ }).focus()
  for (const [index, label] of TABS.entries()) {
    if (index > 0) {
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Enter')
    }
    const tab = tablist.getByRole('tab', { name: new RegExp(`^${label}`) })
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    const panel = page.getByRole('tabpanel')
    await expect(panel).toBeVisible()
    await expect(panel.getByText(/loading/i)).toHaveCount(0)
    await expect(panel.getByRole('alert')).toHaveCount(0)
  }
}

for (const style of ['Per object', '$expand'] as const) {
  test(`opens a customer from the list and walks every tab by keyboard (${style})`, async ({
    page,
  }) => {
    await chooseFetchStyle(page, style)
    await page.goto('/customers')
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('Fullerton')
    await expect(page.getByRole('status').filter({ hasText: /^1 customer\b/ })).toBeVisible()
    await page
      .getByRole('table', { name: 'Customers' })
      .getByRole('link', { name: '1001', exact: true })
      .click()
    await expect(page).toHaveURL(/\/customers\/1001$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' })).toBeVisible()
    await walkTabsByKeyboard(page)
    await expect(page).toHaveURL(/\/customers\/1001\/custom-fields$/)
    await page.keyboard.press('Home')
    await expect(page.getByRole('tab', { name: /^Details/ })).toBeFocused()
    await expectNoAxeViolations(page)
  })
}

test('reloading on a tab URL opens that tab', async ({ page }) => {
  await page.goto('/customers/1001/phones')
  await expect(page.getByRole('tab', { name: /^Phones/ })).toHaveAttribute('aria-selected', 'true')
  await page.reload()
  await expect(page.getByRole('tab', { name: /^Phones/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel')).toContainText(/do not call/i)
  await expectNoAxeViolations(page)
})

test('the hostile customer runs no script and has no javascript: link', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs += 1
    void dialog.dismiss()
  })
  await page.goto('/customers/1003')
  for (const label of TABS) {
    await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click()
    await expect(page.getByRole('tabpanel')).toBeVisible()
  }
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  ).toBeUndefined()
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0)
  expect(dialogs).toBe(0)
})

test('an unknown customer shows "Customer not found" with a way back', async ({ page }) => {
  await page.goto('/customers/99999999')
  await expect(page.getByRole('heading', { level: 1, name: 'Customer not found' })).toBeVisible()
  await page
    .getByRole('link', { name: /customers/i })
    .first()
    .click()
  await expect(page).toHaveURL(/\/customers$/)
})
