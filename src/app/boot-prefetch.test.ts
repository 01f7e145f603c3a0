import { QueryClient } from '@tanstack/react-query'
import { customerKeys } from '../api/customer-queries'
import { createLoanProClient } from '../api/http-client'
import { parseListState } from '../features/customers-list/customers-list-url'
import { TEST_CONNECTION, testTenant } from '../testing/test-server'
import { prefetchLandingData } from './boot-prefetch'

const client = createLoanProClient(TEST_CONNECTION)

function queryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } })
}

const searches = () => testTenant().countRequests('POST', 'Autopal.Search')

describe('prefetchLandingData', () => {
  it("starts the list's search for the URL's list state, under the key the list reads", async () => {
    const qc = queryClient()
    const location = { pathname: '/customers', search: '?q=smith&page=2&sort=-name' }
    prefetchLandingData(qc, client, location)
    const key = customerKeys.search(parseListState(new URLSearchParams(location.search)))
    await vi.waitFor(() => expect(qc.getQueryState(key)?.status).toBe('success'))
    expect(searches()).toBe(1)
  })

  it("settles once the list's answer is in, so the first render can show the rows", async () => {
    const qc = queryClient()
    const location = { pathname: '/customers', search: '' }
    await prefetchLandingData(qc, client, location)
    const key = customerKeys.search(parseListState(new URLSearchParams('')))
    expect(qc.getQueryState(key)?.status).toBe('success')
  })

  it('starts the plain list for / (which redirects to /customers without the search)', async () => {
    const qc = queryClient()
    prefetchLandingData(qc, client, { pathname: '/', search: '?q=smith' })
    const key = customerKeys.search(parseListState(new URLSearchParams('')))
    await vi.waitFor(() => expect(qc.getQueryState(key)?.status).toBe('success'))
  })

  it("starts the overview's customer and its header's objects for /customers/:id", async () => {
    const qc = queryClient()
    prefetchLandingData(qc, client, { pathname: '/customers/1001/phones', search: '' })
    for (const key of [
      customerKeys.detail(1001),
      customerKeys.nested(1001, 'Phones'),
      customerKeys.nested(1001, 'PrimaryAddress'),
    ])
      await vi.waitFor(() => expect(qc.getQueryState(key)?.status).toBe('success'))
  })

  it('asks for nothing on other pages', () => {
    const qc = queryClient()
    prefetchLandingData(qc, client, { pathname: '/import', search: '' })
    expect(qc.getQueryCache().getAll()).toHaveLength(0)
  })
})
