import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { customerQueries } from '../../api/customer-queries'
import { createLoanProClient } from '../../api/http-client'
import { SLOW_ANSWER_AFTER_MS } from '../../api/slow-answer'
import { createTestQueryClient, renderWithProviders } from '../../testing/render-with-providers'
import { stretchTimer } from '../../testing/stretch-timer'
import { testServer, testTenant, TEST_CONNECTION, TEST_SEARCH_URL } from '../../testing/test-server'
import { CustomersPage } from './customers-page'
import { parseListState } from './customers-list-url'
import {
  countStatus,
  holdSearchAnswers,
  renderCustomersPage,
  searchRequests,
  shownIds,
} from './customers-list.test-helpers'

describe('CustomersPage states', () => {
  it('shows skeleton rows on first load, then a hint when LoanPro is slow', async () => {
    testTenant().faults.configure({ latencyMs: 2500 })
    renderCustomersPage()
    const table = screen.getByRole('table', { name: 'Customers' })
    expect(table).toHaveAttribute('aria-busy', 'true')
    const count = countStatus()
    expect(count).toHaveTextContent('Loading customers…')
    // No range ("0 of 0") before the first page is known.
    const pages = screen.getByRole('navigation', { name: 'Customers pages' })
    expect(pages).not.toHaveTextContent(/\bof\b/)
    expect(screen.queryByText(/slow to answer/)).not.toBeInTheDocument()
    // "Select all matching" holds its place in the bar, disabled, so that nothing moves aside
    // when the rows (and its number) come.
    expect(screen.getByRole('button', { name: 'Select all matching (updating…)' })).toBeDisabled()
    // While the answer is still on its way (it takes 2.5 s), the hint shows; then it goes. It is
    // the heading's status that says so, not a line of its own that would push the page down.
    await waitFor(
      () => expect(count).toHaveTextContent('Still loading… LoanPro is slow to answer'),
      { timeout: 2000 },
    )
    expect(table).toHaveAttribute('aria-busy', 'true')
    // Skeleton rows stand in, a page of them (25), in one body that pulses as one, hidden from
    // assistive technology: the only row there is the header's.
    const skeleton = table.querySelectorAll('tbody[aria-hidden="true"]')
    expect(skeleton).toHaveLength(1)
    expect(skeleton[0]?.querySelectorAll('tr')).toHaveLength(25)
    expect(within(table).getAllByRole('row')).toHaveLength(1)
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(screen.queryByText(/slow to answer/)).not.toBeInTheDocument()
    expect(count).toHaveTextContent('300 customers')
    expect(pages).toHaveTextContent('1–25 of 300')
    expect(screen.getByRole('button', { name: 'Select all 300 matching' })).toBeEnabled()
  })

  it('counts a slow answer from its request, which may have gone out before the page mounted', async () => {
    // The boot starts the list's search before the page's code has run. A hint timed from the
    // mount alone (its full second, stretched here past the test) would come too late.
    stretchTimer(SLOW_ANSWER_AFTER_MS, 600_000)
    const { release } = holdSearchAnswers()
    const queryClient = createTestQueryClient()
    const client = createLoanProClient(TEST_CONNECTION)
    void queryClient.prefetchQuery(
      customerQueries(client).search(parseListState(new URLSearchParams())),
    )
    await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_AFTER_MS + 100))
    renderWithProviders(<CustomersPage />, {
      route: '/customers',
      path: '/customers',
      queryClient,
      client,
    })
    const count = countStatus()
    await waitFor(() => expect(count).toHaveTextContent('Still loading… LoanPro is slow to answer'))
    release()
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(screen.queryByText(/slow to answer/)).not.toBeInTheDocument()
  })

  it('says when the tenant has no customers at all', async () => {
    testServer.use(
      http.post(TEST_SEARCH_URL, () =>
        HttpResponse.json({ d: { results: [], summary: { start: 0, pageSize: 25, total: 0 } } }),
      ),
    )
    renderCustomersPage()
    expect(await screen.findByText('No customers in this tenant yet')).toBeInTheDocument()
    expect(countStatus()).toHaveTextContent('0 customers')
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()
  })

  it('offers to clear a search or the filters that match nothing', async () => {
    const user = userEvent.setup()
    const { location } = renderCustomersPage('/customers?q=zzzqqq&status=Closed')
    expect(await screen.findByText('No customers match “zzzqqq”')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all customers' }))
    expect(location().search).toBe('')
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))
  })

  it('explains a server error and Retry loads the list', async () => {
    const user = userEvent.setup()
    testTenant().faults.failNext(1, 'server-error', { path: 'Autopal.Search()' })
    renderCustomersPage()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Customers could not be loaded')
    expect(alert).toHaveTextContent(/server error \(500\)/)
    expect(alert).toHaveTextContent(/try again/i)
    // Nothing to select from, and nothing on its way.
    expect(screen.queryByRole('button', { name: /^Select all matching/ })).not.toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(shownIds()).toHaveLength(25))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(searchRequests().filter((query) => query.includes('$start=0'))).toHaveLength(2)
  })

  it('sends a refused token to Settings and a dropped connection to the network', async () => {
    testServer.use(
      http.post(TEST_SEARCH_URL, () =>
        HttpResponse.json({ error: { message: 'Invalid token' } }, { status: 401 }),
      ),
    )
    const { unmount } = renderCustomersPage()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('did not accept the token')
    expect(within(alert).getByRole('link', { name: 'Reconnect in Settings' })).toHaveAttribute(
      'href',
      '/settings',
    )
    unmount()
    testServer.resetHandlers()

    testTenant().faults.failNext(1, 'drop', { path: 'Autopal.Search()' })
    renderCustomersPage()
    expect(await screen.findByRole('alert')).toHaveTextContent(/check your internet connection/i)
  })
})
