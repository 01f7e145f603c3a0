import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { act } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createLoanProClient } from '../../api/http-client'
import { LoanProClientProvider } from '../../api/loanpro-client-context'
import { AnnouncerProvider } from '../../components/announcer'
import { createTestQueryClient } from '../../testing/render-with-providers'
import { TEST_CONNECTION, testTenant } from '../../testing/test-server'
import { Component as ImportRoute } from './import-route'

const selection = { removalSelection: { ids: [1002, 1010, 1011], label: '3 selected customers' } }

/** The import route as the app mounts it, arrived at from the list with a router state. */
function renderRoute(state: unknown) {
  const router = createMemoryRouter(
    [
      { path: '/customers', element: <p>Customer list</p> },
      { path: '/import', element: <ImportRoute /> },
    ],
    { initialEntries: ['/customers', { pathname: '/import', state }], initialIndex: 1 },
  )
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <LoanProClientProvider client={createLoanProClient(TEST_CONNECTION)}>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </LoanProClientProvider>
    </QueryClientProvider>,
  )
  return router
}

const lookups = () => testTenant().countRequests('*')

describe('Import route: a selection from the Customer Manager', () => {
  it('validates the selection once and clears the router state', async () => {
    const router = renderRoute(selection)
    await screen.findByText('Valid rows', { selector: 'dt' })
    expect(screen.getByText('3 selected customers')).toBeVisible()
    const errors = screen.getByRole('table', { name: 'Validation errors' })
    expect(errors).toHaveTextContent('1011')
    expect(router.state.location.state).toBeNull()
    expect(router.state.location.pathname).toBe('/import')
    const checked = lookups()
    expect(checked).toBeGreaterThan(0)

    // Back and Forward to the entry do not take the selection again.
    await act(() => router.navigate(-1))
    expect(screen.getByText('Customer list')).toBeVisible()
    await act(() => router.navigate(1))
    await screen.findByRole('heading', { name: 'Import customers', level: 1 })
    await screen.findByRole('table', { name: 'Import history' })
    expect(screen.queryByText('Valid rows', { selector: 'dt' })).toBeNull()
    expect(lookups()).toBe(checked)
  })

  it('removes the valid customers of the selection and records its source', async () => {
    const user = userEvent.setup()
    renderRoute(selection)
    await screen.findByText('Valid rows', { selector: 'dt' })
    await user.click(screen.getByRole('radio', { name: 'Line rejection' }))
    await user.click(screen.getByRole('button', { name: 'Run import' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Remove customers' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 customers' }))
    await screen.findByRole('heading', { name: /^Run Finished/ })
    expect(testTenant().deletedIds()).toEqual([1002, 1010])
    const history = screen.getByRole('table', { name: 'Import history' })
    await waitFor(() =>
      expect(within(history).getAllByRole('row')[1]).toHaveTextContent('Completed'),
    )
    const rows = within(history).getAllByRole('row')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toHaveTextContent('3 selected customers')
    expect(rows[1]).toHaveTextContent('Selection')
  })

  it('ignores a malformed state and still clears it', async () => {
    const router = renderRoute({ removalSelection: { ids: ['1002'], label: 'x' } })
    await screen.findByRole('table', { name: 'Import history' })
    await waitFor(() => expect(router.state.location.state).toBeNull())
    expect(screen.queryByText('Valid rows', { selector: 'dt' })).toBeNull()
    expect(testTenant().countRequests('*')).toBe(0)
  })
})
