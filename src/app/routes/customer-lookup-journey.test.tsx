import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { forgetListPlace } from '../../lib/last-list-place'
import { renderWithProviders } from '../../testing/render-with-providers'
import { Component as CustomerRoute } from './customer-route'
import { Component as CustomersRoute } from './customers-route'

/* The daily loop across both routes: list → open by keyboard → read tabs → back. */

function renderApp(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/customers" element={<CustomersRoute />} />
      <Route path="/customers/:id/:tab?" element={<CustomerRoute />} />
    </Routes>,
    { route },
  )
}

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
})
