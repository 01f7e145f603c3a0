import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation } from 'react-router'
import { renderWithProviders } from '../../testing/render-with-providers'
import { Component as CustomersRoute } from './customers-route'

/** Stands in for the import page: shows the router state it was handed. */
function ImportProbe() {
  const { state } = useLocation()
  return <pre aria-label="Import state">{JSON.stringify(state)}</pre>
}

describe('/customers route', () => {
  it('hands the selection to /import in router state on Remove selected', async () => {
    const user = userEvent.setup()
    const { location } = renderWithProviders(
      <Routes>
        <Route path="/customers" element={<CustomersRoute />} />
        <Route path="/import" element={<ImportProbe />} />
      </Routes>,
      { route: '/customers?q=margaret' },
    )
    await user.click(await screen.findByRole('checkbox', { name: 'Select customer 1001' }))
    expect(screen.getByRole('button', { name: 'Delete customer 1001' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove selected…' }))

    await waitFor(() => expect(location().pathname).toBe('/import'))
    expect(JSON.parse(screen.getByLabelText('Import state').textContent)).toEqual({
      removalSelection: {
        ids: [1001],
        label: 'Selection from search “margaret” (1 customer)',
      },
    })
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
