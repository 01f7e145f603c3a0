import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { ImportEngineProvider } from '../../features/customer-import/import-engine-context'
import { ImportRunStatus } from '../../features/customer-import/import-run-status'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { Component as CustomersRoute } from './customers-route'

describe('/customers route', () => {
  it('removes a selection in place: preview, one click, a background run the badge tracks', async () => {
    const user = userEvent.setup()
    renderWithProviders(
      <ImportEngineProvider options={{ journalName: 'customers-route-in-place' }}>
        <ImportRunStatus />
        <Routes>
          <Route path="/customers" element={<CustomersRoute />} />
        </Routes>
      </ImportEngineProvider>,
      { route: '/customers' },
    )
    for (const id of [1009, 1010, 1011]) {
      await user.click(await screen.findByRole('checkbox', { name: `Select customer ${id}` }))
    }
    await user.click(screen.getByRole('button', { name: 'Remove selected…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove customers' })
    await within(dialog).findByText(/can be removed/)
    expect(dialog).toHaveTextContent('2 customers can be removed')
    expect(dialog).toHaveTextContent('1 customer cannot be removed and will be skipped')
    expect(
      within(dialog).getByRole('list', { name: 'Customers that cannot be removed' }),
    ).toHaveTextContent(/^1 linked to loans: 1011 /)
    // Up to the threshold: one click, no number to type.
    expect(within(dialog).queryByRole('textbox')).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 customers' }))

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(screen.getByText('None selected')).toBeInTheDocument()
    await waitFor(() =>
      expect(document.querySelector('.run-status')).toHaveTextContent(
        'Removal done: 2 of 2 removed',
      ),
    )
    expect(testTenant().deletedIds()).toEqual([1009, 1010])
    await waitFor(() => expect(screen.queryByRole('link', { name: '1010' })).toBeNull())
    expect(screen.getByRole('link', { name: '1011' })).toBeInTheDocument()
  })

  it('drops a customer deleted from its row from the selection', async () => {
    const user = userEvent.setup()
    renderWithProviders(
      <Routes>
        <Route path="/customers" element={<CustomersRoute />} />
      </Routes>,
      { route: '/customers?q=Dale%20Removable' },
    )
    await user.click(await screen.findByRole('checkbox', { name: 'Select customer 1010' }))
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Delete customer 1010' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
    const input = await within(dialog).findByRole('textbox', { name: 'Customer ID to confirm' })
    await waitFor(() => expect(input).toBeEnabled())
    await user.type(input, '1010')
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }))
    await waitFor(() => expect(screen.getByText('None selected')).toBeInTheDocument())
  })
})
