import { test, expect, expectNoAxeViolations } from './fixtures'

test('deletes a customer from the overview; the deletion survives a reload', async ({ page }) => {
  await page.goto('/customers/1010')
  await expect(page.getByRole('heading', { level: 1, name: 'Dale Removable' })).toBeVisible()
  const trigger = page.getByRole('button', { name: 'Delete customer' })
  await trigger.click()

  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(dialog).toContainText('1010')
  await expect(dialog).toContainText(/loans are not deleted/i)
  await expectNoAxeViolations(page, '[role="alertdialog"]')

  const confirm = dialog.getByRole('button', { name: 'Delete permanently' })
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1011')
  await expect(confirm).toBeDisabled()
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1010')
  await expect(confirm).toBeEnabled()
  await confirm.click()

  await expect(page).toHaveURL(/\/customers$/)
  await expect(page.getByRole('status').filter({ hasText: /deleted/i })).toContainText('1010')

  await page.reload()
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('1010')
  await expect(
    page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: '1010', exact: true }),
  ).toHaveCount(0)
  await page.goto('/customers/1010')
  await expect(page.getByRole('heading', { level: 1, name: 'Customer not found' })).toBeVisible()
})

test('deletes a customer from a list row; Escape cancels without deleting', async ({ page }) => {
  await page.goto('/customers?q=Ethan%20Blank')
  const table = page.getByRole('table', { name: 'Customers' })
  await expect(table.getByRole('link', { name: '1002', exact: true })).toBeVisible()

  const rowButton = page.getByRole('button', { name: 'Delete customer 1002' })
  await rowButton.click()
  // The dialog opens once the row's linked-loans check answers: Escape is for the open dialog.
  await expect(page.getByRole('alertdialog', { name: 'Delete customer' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(rowButton).toBeFocused()

  await rowButton.click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete customer' })
  await dialog.getByRole('textbox', { name: 'Customer ID to confirm' }).fill('1002')
  await dialog.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(page.getByRole('status').filter({ hasText: /deleted/i })).toContainText('1002')
  await expect(table.getByRole('link', { name: '1002', exact: true })).toHaveCount(0)

  await page.reload()
  // The search settles either as a table without 1002 or, once the index has caught up with the
  // delete, as "No customers match" (no table at all).
  const settled = page
    .getByRole('table', { name: 'Customers' })
    .or(page.getByText('No customers match “Ethan Blank”'))
  await expect(settled.first()).toBeVisible()
  await expect(page.getByRole('link', { name: '1002', exact: true })).toHaveCount(0)
})

test('a customer linked to loans cannot be deleted', async ({ page }) => {
  await page.goto('/customers/1011')
  await page.getByRole('button', { name: 'Delete customer' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Cannot delete customer' })
  await expect(dialog).toContainText(/unlink/i)
  await expect(dialog.getByRole('button', { name: 'Delete permanently' })).toHaveCount(0)
})
