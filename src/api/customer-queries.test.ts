import { QueryClient } from '@tanstack/react-query'
import { customerKeys, customerQueries } from './customer-queries'
import { createLoanProClient } from './http-client'
import { jsonResponse, stubFetch } from './fetch.test-double'

const BASE = 'https://demo.loanpro.test/api/public/api/1/'

function setup(answer: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch(answer)
  const client = createLoanProClient({ baseUrl: BASE }, { fetch: stub.fetch })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return { queries: customerQueries(client), queryClient, calls: stub.calls }
}

describe('keys', () => {
  it('go from general to specific', () => {
    const { queries } = setup(() => jsonResponse({ d: null }))
    const params = {
      q: 'x',
      page: 1,
      pageSize: 25,
      sort: { field: 'id', direction: 'asc' },
    } as const
    expect(queries.all()).toEqual(['customers'])
    expect(queries.search(params).queryKey).toEqual(['customers', 'search', params])
    expect(queries.detail(5).queryKey).toEqual(['customers', 'detail', 5])
    expect(queries.expanded(5).queryKey).toEqual(['customers', 'detail', 5, 'expanded'])
    expect(queries.nested(5, 'Phones').queryKey).toEqual([
      'customers',
      'detail',
      5,
      'nested',
      'Phones',
    ])
    expect(queries.detail(5).staleTime).toBe(60_000)
  })
})

describe('expanded', () => {
  it('seeds the detail and every complete nested entry, so tabs make no request', async () => {
    const { queries, queryClient, calls } = setup(() =>
      jsonResponse({
        d: {
          id: 5,
          firstName: 'Ann',
          Phones: [{ id: 1, phone: '555' }],
          Employer: null,
          Notes: { __deferred: { uri: `${BASE}odata.svc/Customers(id=5)/Notes` } },
        },
      }),
    )
    await queryClient.fetchQuery(queries.expanded(5))
    expect(calls).toHaveLength(1)
    const request = { method: 'GET', url: calls[0]?.url }
    expect(queryClient.getQueryData(queries.detail(5).queryKey)).toMatchObject({
      customer: { id: 5 },
      request,
    })
    expect(queryClient.getQueryData(queries.nested(5, 'Phones').queryKey)).toEqual({
      value: [expect.objectContaining({ id: 1, phone: '555' })],
      request,
    })
    expect(queryClient.getQueryData(queries.nested(5, 'Employer').queryKey)).toEqual({
      value: null,
      request,
    })
    expect(queryClient.getQueryData(queries.nested(5, 'Notes').queryKey)).toBeUndefined()

    // Fresh seeds: reading them within the stale time sends nothing.
    await queryClient.ensureQueryData({ ...queries.nested(5, 'Phones'), revalidateIfStale: true })
    await queryClient.fetchQuery(queries.detail(5))
    expect(calls).toHaveLength(1)
  })

  it('lets an absent object fall back to its own request', async () => {
    const { queries, queryClient, calls } = setup((call) =>
      jsonResponse({
        d: call.url.includes('/Notes?') ? { results: [{ id: 9, subject: 'Hi' }] } : { id: 5 },
      }),
    )
    await queryClient.fetchQuery(queries.expanded(5))
    const notes = await queryClient.fetchQuery(queries.nested(5, 'Notes'))
    expect(notes.value[0]?.subject).toBe('Hi')
    expect(notes.request.url).toBe(
      `${BASE}odata.svc/Customers(5)/Notes?$expand=Category,Author&nopaging=true`,
    )
    expect(calls).toHaveLength(2)
  })

  it('removing the detail key drops expanded and nested entries too', async () => {
    const { queries, queryClient } = setup(() => jsonResponse({ d: { id: 5, Phones: [] } }))
    await queryClient.fetchQuery(queries.expanded(5))
    queryClient.removeQueries({ queryKey: customerKeys.detail(5) })
    expect(queryClient.getQueryCache().findAll({ queryKey: customerKeys.all() })).toHaveLength(0)
  })
})
