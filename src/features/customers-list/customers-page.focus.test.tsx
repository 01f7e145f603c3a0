import { useQueryClient } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CustomerSummary } from '../../api/customer-readers'
import { customerKeys } from '../../api/customer-queries'
import type { CustomerSearchResult } from '../../api/search-query'
import { countStatus, renderCustomersPage, shownIds } from './customers-list.test-helpers'

/** A row action that takes the customer out of the list at once, like a confirmed delete. */
function RemoveRowButton({ customer }: { customer: CustomerSummary }) {
  const queryClient = useQueryClient()
  return (
    <button
      type="button"
      onClick={() =>
        queryClient.setQueriesData<CustomerSearchResult>(
          { queryKey: customerKeys.searches() },
          (data) => data && { ...data, rows: data.rows.filter((row) => row.id !== customer.id) },
        )
      }
    >
      Delete customer {customer.id}
    </button>
  )
}
const rowAction = (customer: CustomerSummary) => <RemoveRowButton customer={customer} />
const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))

describe('CustomersPage focus', () => {
  it('moves focus to the next row’s ID link when the focused row is deleted', async () => {
    const user = userEvent.setup()
    renderCustomersPage('/customers', rowAction)
    await loaded()
    await user.click(screen.getByRole('button', { name: 'Delete customer 1003' }))
    await waitFor(() => expect(shownIds()).not.toContain(1003))
    expect(screen.getByRole('link', { name: '1004' })).toHaveFocus()

    // The last row: focus goes to the row that is now last.
    const last = shownIds().at(-1)
    await user.click(screen.getByRole('button', { name: `Delete customer ${String(last)}` }))
    await waitFor(() => expect(shownIds()).not.toContain(last))
    expect(screen.getByRole('link', { name: String(shownIds().at(-1)) })).toHaveFocus()
  })

  it('moves focus to the search box when the deleted row was the only match', async () => {
    const user = userEvent.setup()
    renderCustomersPage('/customers?q=margaret', rowAction)
    await waitFor(() => expect(shownIds()).toEqual([1001]))
    await user.click(screen.getByRole('button', { name: 'Delete customer 1001' }))
    expect(await screen.findByText(/No customers match/)).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveFocus()
  })

  it('leaves focus alone when it was elsewhere', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderCustomersPage('/customers', rowAction)
    await loaded()
    await user.click(screen.getByRole('checkbox', { name: 'Select customer 1005' }))
    const search = screen.getByRole('searchbox', { name: 'Search customers' })
    await user.click(search)
    queryClient.setQueriesData<CustomerSearchResult>(
      { queryKey: customerKeys.searches() },
      (data) => data && { ...data, rows: data.rows.filter((row) => row.id !== 1005) },
    )
    await waitFor(() => expect(shownIds()).not.toContain(1005))
    expect(search).toHaveFocus()
  })
})
