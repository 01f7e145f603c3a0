import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createLoanProClient } from '../../api/http-client'
import { customerQueries } from '../../api/customer-queries'
import { renderWithProviders, createTestQueryClient } from '../../testing/render-with-providers'
import { holdGetAnswers, TEST_CONNECTION, testTenant } from '../../testing/test-server'
import { DeleteCustomerButton } from './delete-customer-button'
import { RowDeleteButton } from './row-delete.test-helpers'

const DALE = { id: 1010, displayName: 'Dale Removable' }
const LINDA = { id: 1011, displayName: 'Linda Loanholder' }

async function openDialog(ui: Parameters<typeof renderWithProviders>[0], name: string) {
  const user = userEvent.setup()
  const view = renderWithProviders(ui)
  const trigger = await screen.findByRole('button', { name })
  await user.click(trigger)
  const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
  return { ...view, user, trigger, dialog }
}

describe('DeleteCustomerButton: the dialog', () => {
  it('names the customer, says what goes and what stays, and starts on Cancel', async () => {
    const { dialog } = await openDialog(
      <DeleteCustomerButton customer={{ ...DALE, loansCount: 0 }} />,
      'Delete customer',
    )
    expect(dialog).toHaveTextContent('Dale Removable')
    expect(dialog).toHaveTextContent('ID 1010')
    for (const part of [
      'contact information',
      'employer',
      'references',
      'payment profiles',
      'notes and documents',
      'cannot be recovered',
      'Loans are not deleted',
    ]) {
      expect(dialog).toHaveTextContent(part)
    }
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
  })

  it('closes on Escape and on Cancel, returning focus to the trigger', async () => {
    const { user, trigger } = await openDialog(
      <RowDeleteButton customer={{ ...DALE, loansCount: 0 }} />,
      'Delete customer 1010',
    )
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()

    await user.click(trigger)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user, dialog } = await openDialog(
      <DeleteCustomerButton customer={{ ...DALE, loansCount: 0 }} />,
      'Delete customer',
    )
    const input = within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' })
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
    // Delete is disabled: Cancel is the last stop, the box the first.
    await user.tab()
    expect(input).toHaveFocus()
    await user.tab()
    expect(cancel).toHaveFocus()
    await user.tab({ shift: true })
    expect(input).toHaveFocus()
    await user.tab({ shift: true })
    expect(cancel).toHaveFocus()
    // Once enabled, Delete is the last stop.
    await user.type(input, '1010')
    await user.tab()
    expect(cancel).toHaveFocus()
    await user.tab()
    expect(within(dialog).getByRole('button', { name: 'Delete permanently' })).toHaveFocus()
    await user.tab()
    expect(input).toHaveFocus()
    await user.tab({ shift: true })
    expect(within(dialog).getByRole('button', { name: 'Delete permanently' })).toHaveFocus()
  })

  it('enables Delete permanently only when the typed id matches', async () => {
    const { user, dialog } = await openDialog(
      <RowDeleteButton customer={{ ...DALE, loansCount: 0 }} />,
      'Delete customer 1010',
    )
    const input = within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' })
    const submit = within(dialog).getByRole('button', { name: 'Delete permanently' })
    expect(submit).toBeDisabled()
    for (const wrong of ['101', '10100', '1010x', '1011', 'Dale Removable']) {
      await user.clear(input)
      await user.type(input, wrong)
      expect(submit).toBeDisabled()
    }
    await user.clear(input)
    await user.type(input, '1010')
    expect(submit).toBeEnabled()
    await user.clear(input)
    await user.type(input, ' 1010 ')
    expect(submit).toBeEnabled()
    // Enter with a wrong id sends nothing.
    await user.clear(input)
    await user.type(input, '1011{Enter}')
    expect(testTenant().countRequests('DELETE')).toBe(0)
  })
})

describe('DeleteCustomerButton: linked loans', () => {
  it('checks the Loans first, then explains in "Cannot delete customer" instead of deleting', async () => {
    testTenant().faults.configure({ latencyMs: 100 })
    const user = userEvent.setup()
    renderWithProviders(<DeleteCustomerButton customer={LINDA} />)
    const trigger = await screen.findByRole('button', { name: 'Delete customer' })
    await user.click(trigger)
    await waitFor(() => expect(trigger).toHaveAttribute('aria-busy', 'true'))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()

    const dialog = await screen.findByRole('alertdialog', { name: 'Cannot delete customer' })
    expect(dialog).toHaveTextContent('Linda Loanholder (ID 1011) is linked to 3 loans')
    expect(within(dialog).getByRole('link', { name: 'View loans' })).toHaveAttribute(
      'href',
      '/customers/1011/loans',
    )
    expect(within(dialog).getAllByRole('button')).toHaveLength(1)
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument()
    expect(dialog).not.toHaveTextContent(/permanently|cannot be recovered/i)
    expect(testTenant().countRequests('GET', 'Customers(1011)/Loans')).toBe(1)
    expect(testTenant().countRequests('DELETE')).toBe(0)

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('opens nothing when Escape is pressed while the Loans are still being checked', async () => {
    // The Loans answer is held until after the Escape, however fast or busy the machine.
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    holdGetAnswers('Customers(1011)/Loans', () => answered)
    const user = userEvent.setup()
    renderWithProviders(<DeleteCustomerButton customer={LINDA} />)
    const trigger = await screen.findByRole('button', { name: 'Delete customer' })
    await user.click(trigger)
    await waitFor(() => expect(trigger).toHaveAttribute('aria-busy', 'true'))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(trigger).not.toHaveAttribute('aria-busy'))

    // The check still answers; the dialog it would have opened stays closed.
    answer()
    await waitFor(() => expect(testTenant().countRequests('GET', 'Customers(1011)/Loans')).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(trigger).toHaveFocus()
  })

  it('a linked list row: keeps its name, says why in its description, opens the same dialog', async () => {
    const user = userEvent.setup()
    const { location } = renderWithProviders(
      <RowDeleteButton customer={{ ...LINDA, loansCount: 3 }} />,
      { route: '/customers' },
    )
    const trigger = await screen.findByRole('button', { name: 'Delete customer 1011' })
    expect(trigger).toHaveAccessibleDescription(/linked to 3 loans/)
    await user.click(trigger)
    const dialog = await screen.findByRole('alertdialog', { name: 'Cannot delete customer' })
    expect(testTenant().requests).toHaveLength(0)
    await user.click(within(dialog).getByRole('link', { name: 'View loans' }))
    expect(location().pathname).toBe('/customers/1011/loans')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })

  it('a row without loans has no such description', async () => {
    renderWithProviders(<RowDeleteButton customer={{ ...DALE, loansCount: 0 }} />)
    const trigger = await screen.findByRole('button', { name: 'Delete customer 1010' })
    expect(trigger).not.toHaveAccessibleDescription(/loan/)
  })

  it('reads the Loans from the cache when the overview already has them', async () => {
    const queryClient = createTestQueryClient()
    const client = createLoanProClient(TEST_CONNECTION)
    await queryClient.fetchQuery(customerQueries(client).nested(1010, 'Loans'))
    testTenant().clearLog()
    const user = userEvent.setup()
    renderWithProviders(<DeleteCustomerButton customer={DALE} />, {
      queryClient,
      client,
    })
    await user.click(await screen.findByRole('button', { name: 'Delete customer' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
    expect(dialog).not.toHaveTextContent('Checking linked loans')
    expect(within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' })).toBeEnabled()
    expect(testTenant().requests).toHaveLength(0)
  })

  it('keeps delete blocked when the check says the customer is unknown', async () => {
    testTenant().deleteCustomer(1010)
    const { dialog } = await openDialog(<DeleteCustomerButton customer={DALE} />, 'Delete customer')
    expect(await within(dialog).findByText(/may have been deleted already/)).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' })).toBeDisabled()
  })

  it('allows the attempt when the check failed for a passing reason, and offers to check again', async () => {
    testTenant().faults.failNext(1, 'server-error', { method: 'GET' })
    const { user, dialog } = await openDialog(
      <DeleteCustomerButton customer={DALE} />,
      'Delete customer',
    )
    expect(await within(dialog).findByText(/Linked loans could not be checked/)).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' })).toBeEnabled()
    await user.click(within(dialog).getByRole('button', { name: 'Check again' }))
    await waitFor(() => expect(dialog).not.toHaveTextContent('could not be checked'))
    expect(testTenant().countRequests('GET', 'Customers(1010)/Loans')).toBe(2)
  })
})

describe('DeleteCustomerButton: while deleting', () => {
  it('sends exactly one DELETE on a double click and cannot be dismissed mid-request', async () => {
    // Long enough that the request is still running at the Escape on a busy machine (at 150 ms
    // it once answered first, and the dialog closed on success before the Escape).
    testTenant().faults.configure({ latencyMs: 2000 })
    const { user, dialog } = await openDialog(
      <RowDeleteButton customer={{ ...DALE, loansCount: 0 }} />,
      'Delete customer 1010',
    )
    await user.type(within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' }), '1010')
    await user.dblClick(within(dialog).getByRole('button', { name: 'Delete permanently' }))
    await user.keyboard('{Enter}')

    const pending = within(dialog).getByRole('button', { name: 'Deleting…' })
    expect(pending).toHaveAttribute('aria-disabled', 'true')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(dialog).toBeInTheDocument()

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(testTenant().countRequests('DELETE')).toBe(1)
    expect(testTenant().isDeleted(1010)).toBe(true)
  })
})
