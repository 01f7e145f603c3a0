import { useQuery, type QueryClient } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { customerKeys, type CustomerDetail } from '../../api/customer-queries'
import type { CustomerSummary } from '../../api/customer-readers'
import { createLoanProClient, type LoanProClient } from '../../api/http-client'
import { useCustomerQueries } from '../../api/use-customer-queries'
import type { CustomerSearchParams, CustomerSearchResult } from '../../api/search-query'
import { createTestQueryClient, renderWithProviders } from '../../testing/render-with-providers'
import { TEST_CONNECTION, testTenant } from '../../testing/test-server'
import { DeleteCustomerButton } from './delete-customer-button'
import { RowDeleteButton } from './row-delete.test-helpers'
import { customerSummary } from '../../testing/customer-summary'

const PARAMS: CustomerSearchParams = {
  q: '',
  page: 1,
  pageSize: 25,
  sort: { field: 'id', direction: 'asc' },
}

function summary(id: number, displayName: string): CustomerSummary {
  return customerSummary({ id, displayName, status: 'Active', loansCount: 0 })
}

/** A list page that holds 1010, and what the overview would have cached for it. */
function seedCaches(queryClient: QueryClient) {
  queryClient.setQueryData(customerKeys.search(PARAMS), {
    rows: [summary(1009, 'Ann Before'), summary(1010, 'Dale Removable'), summary(1012, 'Z')],
    total: 42,
    request: { method: 'POST', url: 'https://example.test/search' },
  })
  queryClient.setQueryData(customerKeys.nested(1010, 'Loans'), { value: [], request: {} })
}

function searchData(queryClient: QueryClient) {
  return queryClient.getQueryData<CustomerSearchResult>(customerKeys.search(PARAMS))
}

async function attemptDelete(options: { client?: LoanProClient; id?: number } = {}) {
  const id = options.id ?? 1010
  const queryClient = createTestQueryClient()
  seedCaches(queryClient)
  const onDeleted = vi.fn()
  const user = userEvent.setup()
  renderWithProviders(
    <RowDeleteButton
      customer={{ id, displayName: 'Someone', loansCount: 0 }}
      onDeleted={onDeleted}
    />,
    { queryClient, client: options.client },
  )
  await user.click(await screen.findByRole('button', { name: `Delete customer ${id}` }))
  const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
  await user.type(within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' }), `${id}`)
  await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }))
  return { queryClient, onDeleted, dialog, user }
}

describe('DeleteCustomerButton: after LoanPro deleted the customer', () => {
  it('removes it from cached lists and counts, drops its detail, announces and reports', async () => {
    const { queryClient, onDeleted } = await attemptDelete()

    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(1010))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    const data = searchData(queryClient)
    expect(data?.rows.map((row) => row.id)).toEqual([1009, 1012])
    expect(data?.total).toBe(41)
    expect(queryClient.getQueryState(customerKeys.search(PARAMS))?.isInvalidated).toBe(true)
    expect(queryClient.getQueryCache().findAll({ queryKey: customerKeys.detail(1010) })).toEqual([])
    expect(screen.getByRole('status')).toHaveTextContent('Customer 1010 deleted')
    // The lists changed without a search round trip.
    expect(testTenant().countRequests('POST')).toBe(0)
    expect(testTenant().countRequests('DELETE', 'Customers(1010)')).toBe(1)
  })

  it('lets the overview leave before its detail is dropped, so nothing refetches the gone customer', async () => {
    // The overview re-renders once more before the navigation lands (a pending route).
    function Overview() {
      const queries = useCustomerQueries()
      const navigate = useNavigate()
      const [leaving, setLeaving] = useState(false)
      const detail = useQuery(queries.detail(1010))
      if (leaving && detail.isFetching) return <p>Refetching a deleted customer</p>
      if (detail.isError) return <p>Customer not found</p>
      if (!detail.data) return <p>Loading</p>
      return (
        <>
          <h1>{detail.data.customer.displayName}</h1>
          <DeleteCustomerButton
            customer={{ id: 1010, displayName: detail.data.customer.displayName }}
            onDeleted={() => {
              setLeaving(true)
              setTimeout(() => void navigate('/customers'), 50)
            }}
          />
        </>
      )
    }
    const user = userEvent.setup()
    const { queryClient, location } = renderWithProviders(<Overview />, {
      route: '/customers/1010',
      path: '/customers/:id',
    })
    await user.click(await screen.findByRole('button', { name: 'Delete customer' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
    const input = within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' })
    await waitFor(() => expect(input).toBeEnabled())
    await user.type(input, '1010{Enter}')

    expect(await screen.findByText('Navigated to /customers')).toBeInTheDocument()
    expect(location().pathname).toBe('/customers')
    expect(screen.getByRole('status')).toHaveTextContent('Customer 1010 deleted')
    await waitFor(() =>
      expect(queryClient.getQueryData<CustomerDetail>(customerKeys.detail(1010))).toBeUndefined(),
    )
    expect(queryClient.getQueryCache().findAll({ queryKey: customerKeys.detail(1010) })).toEqual([])
    expect(testTenant().countRequests('GET', /^odata\.svc\/Customers\(1010\)$/)).toBe(1)
    expect(screen.queryByText(/Refetching a deleted customer|Customer not found/)).toBeNull()
  })
})

describe('DeleteCustomerButton: when LoanPro refuses or fails', () => {
  async function expectFailure(message: RegExp, options: Parameters<typeof attemptDelete>[0] = {}) {
    const result = await attemptDelete(options)
    const alert = await within(result.dialog).findByRole('alert')
    expect(alert).toHaveTextContent(message)
    // The dialog stays, the cache is as it was, nothing is announced.
    expect(result.dialog).toBeInTheDocument()
    expect(within(result.dialog).getByRole('button', { name: 'Delete permanently' })).toBeEnabled()
    expect(searchData(result.queryClient)?.rows).toHaveLength(3)
    expect(searchData(result.queryClient)?.total).toBe(42)
    expect(result.queryClient.getQueryData(customerKeys.nested(1010, 'Loans'))).toBeDefined()
    expect(result.onDeleted).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    return { ...result, alert }
  }

  it('401: says to reconnect, with a link to Settings', async () => {
    const client = createLoanProClient({ ...TEST_CONNECTION, token: 'not-the-token' })
    const { alert } = await expectFailure(/did not accept the connection.*Reconnect in Settings/, {
      client,
    })
    expect(within(alert).getByRole('link', { name: 'Open Settings' })).toHaveAttribute(
      'href',
      '/settings',
    )
  })

  it('409 for an already deleted customer: LoanPro’s message and what to do', async () => {
    testTenant().deleteCustomer(1010)
    await expectFailure(
      /^LoanPro refused: Customer 1010 has already been deleted\. If the customer is linked to loans, unlink them in LoanPro first; if it was already deleted, go back to the list\.$/,
    )
  })

  it('409 for a linked customer whose count was stale', async () => {
    await expectFailure(/LoanPro refused: Customer cannot be deleted: it is linked to 3 loans\./, {
      id: 1011,
    })
    expect(testTenant().isDeleted(1011)).toBe(false)
  })

  it('429 through the proxy: says how long to wait, from Retry-After', async () => {
    testTenant().strictness.recordedCors = false // the server proxy can read Retry-After
    testTenant().faults.configure({ retryAfterSeconds: 7 })
    testTenant().faults.failNext(1, 'rate-limit', { method: 'DELETE' })
    await expectFailure(/^LoanPro is busy; wait 7 seconds and try again\.$/)
  })

  it('429 cross-origin: Retry-After unreadable, so no wait is promised', async () => {
    testTenant().faults.configure({ retryAfterSeconds: 7 })
    testTenant().faults.failNext(1, 'rate-limit', { method: 'DELETE' })
    const { alert } = await expectFailure(/did not say for how long.*not deleted; try again later/)
    expect(alert).not.toHaveTextContent(/\d+ seconds?/)
  })

  it('500 before it was applied: a plain GET finds the customer, so it says not deleted', async () => {
    testTenant().faults.failNext(1, 'server-error', { method: 'DELETE' })
    const { user, dialog, onDeleted } = await expectFailure(
      /LoanPro had a server error \(500\).*A check found the customer still in LoanPro, so it was not deleted/,
    )
    expect(testTenant().countRequests('GET', /^odata\.svc\/Customers\(1010\)$/)).toBe(1)
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }))
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(1010))
    expect(testTenant().countRequests('DELETE')).toBe(2)
  })

  it('network failure and a failed check: the outcome is unknown, reload before trying again', async () => {
    testTenant().faults.failNext(1, 'drop', { method: 'DELETE' })
    testTenant().faults.failNext(1, 'drop', { method: 'GET' })
    await expectFailure(
      /could not be reached.*may or may not have been deleted.*reload the list before trying again/,
    )
  })

  it('timeout before it was applied: checked, not deleted', async () => {
    testTenant().faults.failNext(1, 'timeout', { method: 'DELETE' })
    const client = createLoanProClient({ ...TEST_CONNECTION, timeoutMs: 100 })
    await expectFailure(/did not answer in time.*still in LoanPro, so it was not deleted/, {
      client,
    })
  })

  it('200 with an error shape is no success: checked, not deleted', async () => {
    testTenant().faults.failNext(1, 'error-200', { method: 'DELETE' })
    await expectFailure(/did not confirm the delete.*still in LoanPro, so it was not deleted/)
    expect(testTenant().isDeleted(1010)).toBe(false)
  })
})

describe('DeleteCustomerButton: an unclear answer after LoanPro deleted the customer', () => {
  it.each([
    ['a 2xx without d', 'no-d'],
    ['a lost answer', 'drop'],
    ['a 500', 'server-error'],
  ] as const)('%s: a plain GET answers 409, so it is reported deleted', async (_, kind) => {
    testTenant().faults.failNext(1, kind, { method: 'DELETE', phase: 'after' })
    const { onDeleted, queryClient } = await attemptDelete()
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(1010))
    expect(screen.getByRole('status')).toHaveTextContent(
      "Customer 1010 deleted (confirmed by a check: LoanPro's answer was unclear)",
    )
    expect(searchData(queryClient)?.rows.map((row) => row.id)).toEqual([1009, 1012])
    expect(testTenant().countRequests('DELETE')).toBe(1)
    expect(testTenant().countRequests('GET', /^odata\.svc\/Customers\(1010\)$/)).toBe(1)
  })
})
