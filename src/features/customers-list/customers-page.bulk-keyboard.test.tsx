import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { captureDownloads } from './bulk-actions.test-helpers'
import { countStatus } from './customers-list.test-helpers'
import { CustomersPage } from './customers-page'

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const loaded = () => waitFor(() => expect(countStatus()).toHaveTextContent(/\d customers?$/))

function renderPage(route: string) {
  return renderWithProviders(<CustomersPage bulkFetchPageSize={100} />, {
    route,
    path: '/customers',
  })
}

describe('CustomersPage bulk bar by keyboard', () => {
  it('keeps focus in the bar while "Select all matching" runs, is cancelled and ends', async () => {
    const user = userEvent.setup()
    renderPage('/customers')
    await loaded()
    // Slow enough that the work is still under way at the cancel, on a busy machine too.
    testTenant().faults.configure({ latencyMs: 1000 })
    button('Select all 300 matching').focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(button('Cancel selecting')).toHaveFocus())
    await user.keyboard('{Enter}')
    await waitFor(() => expect(button('Select all 300 matching')).toHaveFocus())

    testTenant().faults.configure({ latencyMs: 0 })
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.getByText('300 selected')).toBeInTheDocument())
    // The button is gone once everything is selected: the control now in its place.
    await waitFor(() => expect(button('Clear selection')).toHaveFocus())
    await user.keyboard('{Enter}')
    expect(screen.getByText('None selected')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Select all on this page' })).toHaveFocus()
  })

  it('opens, runs and closes the export panel without losing focus', async () => {
    const user = userEvent.setup()
    const { downloads } = captureDownloads()
    renderPage('/customers')
    await loaded()
    button('Export CSV').focus()
    await user.keyboard('{Enter}')
    expect(button('Export CSV')).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(button('Export CSV')).toHaveAttribute('aria-expanded', 'false')
    expect(button('Export CSV')).toHaveFocus()

    await user.keyboard('{Enter}')
    button('Download CSV').focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(downloads).toHaveLength(1))
    await waitFor(() => expect(button('Export CSV')).toHaveAttribute('aria-expanded', 'false'))
    expect(button('Export CSV')).toHaveFocus()
  })
})
