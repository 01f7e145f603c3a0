import { test, expect, expectNoAxeViolations } from './fixtures'

/* The work staff do on the overview: verify a caller, find a note, decide on a delete. */

test('verifies a caller on 1001 with one Reveal that lasts across tabs', async ({ page }) => {
  await page.goto('/customers/1001')
  const header = page.locator('header', {
    has: page.getByRole('heading', { level: 1, name: 'Margaret Fullerton' }),
  })
  await expect(header).toContainText('(312) 555-0101')
  await expect(header).toContainText('233 S Wacker Dr, Suite 4400, Chicago, IL 60606')
  await expect(header).not.toContainText('May 17, 1980')

  await header.getByRole('button', { name: 'Reveal birth date, age and SSN' }).click()
  await expect(header).toContainText('May 17, 1980')
  await expect(header).toContainText('•••-••-1001')
  await expect(header.getByRole('button', { name: /^Reveal/ })).toHaveCount(0)

  await page.getByRole('tab', { name: /^Phones/ }).click()
  await expect(page).toHaveURL(/\/customers\/1001\/phones$/)
  await expect(header).toContainText('May 17, 1980')
  await expectNoAxeViolations(page)
})

test('filters the 500 notes of 1004 down to one', async ({ page }) => {
  await page.goto('/customers/1004/notes')
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByRole('status')).toHaveText('500 notes')
  await panel.getByRole('searchbox', { name: 'Filter notes' }).fill('Note 137 of')
  await expect(panel.getByRole('status')).toHaveText('1 of 500 notes match')
  const items = panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')
  await expect(items).toHaveCount(1)
  await expect(items.first()).toContainText('Follow-up number 137.')
  await expectNoAxeViolations(page)
})

test.describe('a customer linked to loans', () => {
  test('1011: Delete customer explains, and View loans lands on the Loans tab', async ({
    page,
  }) => {
    await page.goto('/customers/1011')
    await expect(page.getByRole('heading', { level: 1, name: 'Linda Loanholder' })).toBeVisible()
    await page.getByRole('button', { name: 'Delete customer' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Cannot delete customer' })
    await expect(dialog).toContainText('linked to 3 loans')
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
    await expect(dialog.getByRole('button')).toHaveCount(1)
    await expect(dialog.getByRole('textbox')).toHaveCount(0)
    await expect(dialog).not.toContainText(/permanently/i)
    await expectNoAxeViolations(page, '[role="alertdialog"]')

    await dialog.getByRole('link', { name: 'View loans' }).click()
    await expect(page).toHaveURL(/\/customers\/1011\/loans$/)
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    await expect(page.getByRole('tab', { name: /^Loans/ })).toHaveAttribute('aria-selected', 'true')
    await expectNoAxeViolations(page)
  })

  test("1011's list row says why it cannot be deleted and opens the same dialog", async ({
    page,
  }) => {
    await page.goto('/customers?q=Loanholder')
    const button = page.getByRole('button', { name: 'Delete customer 1011' })
    await expect(button).toHaveAccessibleDescription(/linked to 3 loans/)
    await button.click()
    const dialog = page.getByRole('alertdialog', { name: 'Cannot delete customer' })
    await expect(dialog).toContainText('Linda Loanholder')
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(button).toBeFocused()
  })
})
