import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { DEMO_FIXTURES } from '../../mocks/fixtures'
import { stretchTimer } from '../../testing/stretch-timer'
import { testServer, testTenant } from '../../testing/test-server'
import { SEARCH_DEBOUNCE_MS } from './customer-search-box'
import {
  countStatus,
  renderCustomersPage,
  searchRequests,
  shownIds,
} from './customers-list.test-helpers'

const searchBox = () => screen.getByRole('searchbox', { name: 'Search customers' })

async function searchFor(text: string) {
  const user = userEvent.setup()
  await user.type(searchBox(), text)
  return user
}

describe('CustomersPage search', () => {
  it('shows the first page of customers with the count', async () => {
    renderCustomersPage()
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument()
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))
    expect(shownIds()).toHaveLength(25)
    expect(shownIds()[0]).toBe(DEMO_FIXTURES.full.id)
    expect(screen.getByRole('link', { name: '1001' })).toHaveAttribute('href', '/customers/1001')
    expect(screen.getByRole('columnheader', { name: /^ID/ })).toBe(
      screen.getAllByRole('columnheader')[0],
    )
    expect(document.title).toMatch(/^Customers/)
  })

  it('finds a customer by id and shows it first', async () => {
    const { location } = renderCustomersPage()
    await searchFor(String(DEMO_FIXTURES.company.id))
    await waitFor(() => expect(shownIds()[0]).toBe(DEMO_FIXTURES.company.id))
    expect(screen.getByRole('cell', { name: 'Acme Freight LLC' })).toBeInTheDocument()
    expect(location().search).toBe('?q=1005')
  })

  it('pins the exact id match on top even when the sort would put it elsewhere', async () => {
    // "1006" is also in the phone, zip or custom id of customers with higher ids.
    renderCustomersPage('/customers?q=1006&sort=-id')
    await waitFor(() => expect(shownIds().length).toBeGreaterThan(1))
    const [first, ...others] = shownIds()
    expect(first).toBe(DEMO_FIXTURES.jose.id)
    expect(others).toEqual([...others].sort((a, b) => b - a))
    expect(others[0]).toBeGreaterThan(DEMO_FIXTURES.jose.id)
  })

  it('looks the id match up when it is not on the first page', async () => {
    // The search answers 100 keyword matches without the id on page 1; the look-up by id
    // (a `terms` filter) falls through to the fake tenant.
    testServer.use(
      http.post(/Autopal\.Search\(\)/, async ({ request }) => {
        const body = JSON.stringify(await request.clone().json())
        if (body.includes('"terms":{"id"')) return undefined
        const results = Array.from({ length: 25 }, (_, i) => ({ id: 2001 + i, firstName: 'N' }))
        return HttpResponse.json({ d: { results, summary: { total: 100 } } })
      }),
    )
    renderCustomersPage('/customers?q=1006')
    await waitFor(() => expect(shownIds()[0]).toBe(DEMO_FIXTURES.jose.id))
    expect(shownIds().slice(1, 3)).toEqual([2001, 2002])
    expect(countStatus()).toHaveTextContent('100 customers')
  })

  it('says so when no customer has the id, and Clear search brings the list back', async () => {
    const user = userEvent.setup()
    renderCustomersPage('/customers?q=999999')
    expect(await screen.findByText('No customers match “999999”')).toBeInTheDocument()
    expect(countStatus()).toHaveTextContent('0 customers')
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))
    expect(searchBox()).toHaveValue('')
  })

  it('finds names by partial words, case- and accent-insensitively', async () => {
    const { unmount } = renderCustomersPage()
    await searchFor('jose')
    await waitFor(() => expect(shownIds()).toContain(DEMO_FIXTURES.jose.id))
    expect(screen.getByRole('cell', { name: 'José Álvarez' })).toBeInTheDocument()
    unmount()

    renderCustomersPage()
    await searchFor('łuk')
    await waitFor(() => expect(shownIds()).toEqual([DEMO_FIXTURES.lukasz.id]))
    expect(countStatus()).toHaveTextContent('1 customer')
  })

  it('finds a customer by email', async () => {
    renderCustomersPage()
    await searchFor('zoe.faure@example')
    await waitFor(() => expect(shownIds()).toEqual([DEMO_FIXTURES.zoe.id]))
    expect(screen.getByRole('cell', { name: 'zoe.faure@example.com' })).toBeInTheDocument()
  })

  it('debounces typing into one request and cancels a search overtaken by a newer one', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    renderCustomersPage()
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))
    await waitFor(() => expect(searchRequests()).toHaveLength(2)) // page 1 and its prefetched next
    // The Status filter's own look-up (the tenant's statuses) is a search too: let it finish
    // first, so that the fault below hangs the typed search and not that one.
    await screen.findByRole('option', { name: 'Charged Off' })
    testTenant().clearLog()
    // The next search hangs until its caller gives up: only cancellation ends it.
    testTenant().faults.failNext(1, 'timeout', { path: 'Autopal.Search()' })
    // Keys typed a few ms apart stay within the debounce on a busy machine too.
    stretchTimer(SEARCH_DEBOUNCE_MS, 2000)

    const user = await searchFor('marga')
    // Typed quickly: one search for the whole word, not one per key.
    await waitFor(() => expect(searchRequests()).toHaveLength(1))
    const table = screen.getByRole('table', { name: 'Customers' })
    expect(table).toHaveAttribute('aria-busy', 'true') // previous rows stay, dimmed
    expect(shownIds()).toHaveLength(25)

    await user.clear(searchBox())
    await user.type(searchBox(), 'łukasz')
    await waitFor(() => expect(shownIds()).toEqual([DEMO_FIXTURES.lukasz.id]))
    expect(table).toHaveAttribute('aria-busy', 'false')

    const url = (input: RequestInfo | URL) =>
      input instanceof Request ? input.url : input.toString()
    const searches = fetchSpy.mock.calls.filter(([input]) => url(input).includes('Search'))
    const bodies = searches.map(([, init]) => (typeof init?.body === 'string' ? init.body : ''))
    const first = searches[bodies.findIndex((body) => body.includes('*marga*'))]
    expect(first).toBeDefined()
    // Cancelled when the list's query leaves its key, in an effect of the render that moved
    // it: when the newer answer is in first, its rows can paint a moment before that effect.
    // Well before the client's own timeout (20 s), which would abort it too.
    await waitFor(() => expect(first?.[1]?.signal?.aborted).toBe(true), { timeout: 5000 })
    // The overtaken search's rows never replace the newer ones.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(shownIds()).toEqual([DEMO_FIXTURES.lukasz.id])
    expect(bodies.some((body) => body.includes('*m*'))).toBe(false)
  })

  it('focuses the box with / (not from another field) and clears it with Escape', async () => {
    const user = userEvent.setup()
    renderCustomersPage('/customers?q=jose')
    await waitFor(() => expect(shownIds()).toContain(DEMO_FIXTURES.jose.id))
    expect(searchBox()).toHaveValue('jose')

    await user.click(document.body)
    await user.keyboard('/')
    expect(searchBox()).toHaveFocus()
    expect(searchBox()).toHaveValue('jose') // the slash was not typed

    await user.keyboard('{Escape}')
    expect(searchBox()).toHaveValue('')
    await waitFor(() => expect(countStatus()).toHaveTextContent('300 customers'))

    const rowsPerPage = screen.getByRole('combobox', { name: 'Rows per page' })
    rowsPerPage.focus()
    await user.keyboard('/')
    expect(rowsPerPage).toHaveFocus()
    expect(
      within(screen.getByRole('table', { name: 'Customers' })).getAllByRole('row').length,
    ).toBe(26)
  })
})
