import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { forgetListPlace } from '../../lib/last-list-place'
import { renderWithProviders } from '../../testing/render-with-providers'
import { testTenant } from '../../testing/test-server'
import { CustomersArea } from '../customers-area'
import { Component as CustomerRoute } from './customer-route'

/* The daily loop across both routes: list → open by keyboard → read tabs → back. */

function renderApp(route: string) {
  // As the app's route table has them (router.tsx).
  return renderWithProviders(
    <Routes>
      <Route path="/customers" element={<CustomersArea />} />
      <Route path="/customers/:id/:tab?" element={<CustomersArea overview={<CustomerRoute />} />} />
    </Routes>,
    { route },
  )
}

const searches = () =>
  testTenant().requests.filter((request) => request.path.includes('Autopal.Search()')).length

const rowOf = (id: number) => screen.getByRole('link', { name: String(id) }).closest('tr')

async function openThirdRowOfPage2() {
  const user = userEvent.setup()
  const app = renderApp('/customers?page=2')
  await screen.findByRole('link', { name: '1028' })
  screen.getByRole('searchbox', { name: 'Search customers' }).focus()
  // Enter opens the customer in a transition that waits (suspends) for its answers: React only
  // resumes a render suspended inside act once that act is awaited.
  await act(() => user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}'))
  await waitFor(() => expect(app.location().pathname).toBe('/customers/1028'))
  const heading = await screen.findByRole('heading', { level: 1 })
  await waitFor(() => expect(heading).toHaveFocus())
  for (const tab of ['Phones', 'Employer', 'Notes']) {
    await user.click(screen.getByRole('tab', { name: new RegExp(`^${tab}`) }))
    await waitFor(() => expect(app.location().pathname).toMatch(/\/customers\/1028\/[a-z-]+$/))
  }
  // Tabs replace the history entry: Back leaves the overview.
  expect(app.router.state.historyAction).toBe('REPLACE')
  return { ...app, user }
}

describe('from the list to a customer and back', () => {
  afterEach(() => forgetListPlace())

  it('"← Customers, page 2" returns to the same page with the row focused', async () => {
    const { user, location } = await openThirdRowOfPage2()
    const back = screen.getByRole('link', { name: '← Customers, page 2' })
    expect(back).toHaveAttribute('href', '/customers?page=2')
    await user.click(back)
    await waitFor(() => expect(rowOf(1028)).toHaveFocus())
    expect(location().search).toBe('?page=2')
  })

  it('one browser Back returns to the same page with the row focused', async () => {
    const { router, location } = await openThirdRowOfPage2()
    await act(() => router.navigate(-1))
    await waitFor(() => expect(rowOf(1028)).toHaveFocus())
    expect(`${location().pathname}${location().search}`).toBe('/customers?page=2')
  })

  it('names the search it returns to', async () => {
    const user = userEvent.setup()
    renderApp('/customers?q=margaret')
    const link = await screen.findByRole('link', { name: '1001' })
    // A transition that waits for the overview's answers: resumed once this act is awaited.
    await act(() => user.click(link))
    const back = await screen.findByRole('link', { name: '← Results for “margaret”' })
    expect(back).toHaveAttribute('href', '/customers?q=margaret')
  })

  it('keeps the list as it was left under the customer, and shows it again at once', async () => {
    const user = userEvent.setup()
    renderApp('/customers?q=margaret')
    await screen.findByRole('link', { name: '1001' })
    const row = rowOf(1001)
    await user.click(screen.getByRole('checkbox', { name: 'Select customer 1001' }))
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    await act(() => user.click(screen.getByRole('link', { name: '1001' })))
    const back = await screen.findByRole('link', { name: '← Results for “margaret”' })
    // Hidden, out of reach, and still reading its own URL, not the customer's.
    expect(screen.queryByRole('table', { name: 'Customers' })).toBeNull()
    expect(row?.isConnected).toBe(true)
    const asked = searches()

    await user.click(back)
    await waitFor(() => expect(rowOf(1001)).toHaveFocus())
    expect(rowOf(1001)).toBe(row) // the same rows: nothing drawn again
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('margaret')
    expect(searches()).toBe(asked)
  })

  it('shows a customer opened by its URL alone, without a list behind it', async () => {
    renderApp('/customers/1001')
    await screen.findByRole('heading', { level: 1 })
    expect(document.querySelector('table')).toBeNull()
    expect(searches()).toBe(0)
  })

  it('a customer deleted from its overview leaves the kept list and its selection', async () => {
    const user = userEvent.setup()
    renderApp('/customers')
    await screen.findByRole('link', { name: '1010' })
    await user.click(screen.getByRole('checkbox', { name: 'Select customer 1009' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select customer 1010' }))
    expect(screen.getByText('2 selected')).toBeInTheDocument()
    await act(() => user.click(screen.getByRole('link', { name: '1010' })))
    await user.click(await screen.findByRole('button', { name: 'Delete customer' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete customer' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Customer ID to confirm' }), '1010')
    await user.click(within(dialog).getByRole('button', { name: 'Delete permanently' }))

    await screen.findByRole('table', { name: 'Customers' })
    await waitFor(() => expect(screen.queryByRole('link', { name: '1010' })).toBeNull())
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    expect(rowOf(1009)).not.toBeNull()
  })
})
