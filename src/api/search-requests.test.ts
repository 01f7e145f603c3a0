import { createLoanProClient } from './http-client'
import {
  fetchCustomerStatuses,
  lookupCustomersByIds,
  lookupCustomersOnce,
  RESULT_WINDOW_MESSAGE,
  searchCustomers,
} from './search-requests'
import { jsonResponse, stubFetch, type RecordedCall } from './fetch.test-double'

const BASE = 'https://demo.loanpro.test/api/public/api/1/'

function setup(answer: (call: RecordedCall) => Response | Promise<Response>) {
  const stub = stubFetch(answer)
  const client = createLoanProClient(
    { baseUrl: BASE, tenantId: '5200000', token: 'tok-9c1e' },
    { fetch: stub.fetch },
  )
  return { client, calls: stub.calls }
}

const row = (id: number) => ({ id, firstName: `C${id}`, lastName: 'Lee' })
const params = (call: RecordedCall) => new URL(call.url).searchParams
const bodyOf = (call: RecordedCall | undefined) =>
  JSON.parse(call?.body ?? '{}') as Record<string, unknown>

describe('searchCustomers', () => {
  it('posts the search with paging in the URL and reports the request', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ d: { results: [row(1042)], summary: { total: 1 } } }),
    )
    const result = await searchCustomers(client, {
      q: 'ann',
      page: 2,
      pageSize: 10,
      sort: { field: 'created', direction: 'desc' },
    })
    const url = `${BASE}Customers/Autopal.Search()?$top=10&$start=10&$orderby=created%20desc`
    expect(calls[0]).toMatchObject({ method: 'POST', url })
    expect(bodyOf(calls[0])).toMatchObject({
      query: { bool: { must: [{ query_string: { query: '*ann*' } }] } },
      sort: [{ created: { order: 'desc' } }, { id: { order: 'asc' } }],
    })
    expect(result).toMatchObject({ total: 1, request: { method: 'POST', url } })
  })

  it('fills a page that came back short, asking from where it stopped', async () => {
    const { client, calls } = setup((call) => {
      const start = Number(params(call).get('$start'))
      const top = Number(params(call).get('$top'))
      // The tenant answers at most 3 rows whatever $top says, out of 20 matches.
      const ids = Array.from({ length: Math.min(3, top) }, (_, i) => 1 + start + i)
      return jsonResponse({ d: { results: ids.map(row), summary: { total: 20 } } })
    })
    const result = await searchCustomers(client, {
      q: '',
      page: 1,
      pageSize: 8,
      sort: { field: 'id', direction: 'asc' },
    })
    expect(result.rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(result.complete).toBe(true)
    expect(calls.map((c) => `${params(c).get('$start')}+${params(c).get('$top')}`)).toEqual([
      '0+8',
      '3+5',
      '6+2',
    ])
  })

  it('hands over a short first answer before asking for the rest, and only then', async () => {
    let answers = 0
    const { client, calls } = setup((call) => {
      const start = Number(params(call).get('$start'))
      // First answer: 2 rows of the 5 asked; then the rest.
      const ids = answers++ === 0 ? [1, 2] : [3, 4, 5].filter((id) => id > start)
      return jsonResponse({ d: { results: ids.map(row), summary: { total: 5 } } })
    })
    const seen: Array<{ ids: number[]; calls: number; filling?: boolean }> = []
    const sort = { field: 'id', direction: 'asc' } as const
    const result = await searchCustomers(
      client,
      { q: '', page: 1, pageSize: 5, sort },
      undefined,
      (partial) => {
        seen.push({
          ids: partial.rows.map((r) => r.id),
          calls: calls.length,
          filling: partial.filling,
        })
      },
    )
    expect(seen).toEqual([{ ids: [1, 2], calls: 1, filling: true }])
    expect(result.rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5])
    expect(result.filling).toBeUndefined()

    // A whole first answer is not handed over on its own.
    seen.length = 0
    answers = 1
    await searchCustomers(client, { q: '', page: 1, pageSize: 3, sort }, undefined, (partial) =>
      seen.push({ ids: partial.rows.map((r) => r.id), calls: calls.length }),
    )
    expect(seen).toEqual([])
  })

  it('does not ask for a page past the 10,000 window, and says why in words', async () => {
    const { client, calls } = setup(() => jsonResponse({ d: { results: [] } }))
    await expect(
      searchCustomers(client, {
        q: '',
        page: 401,
        pageSize: 25,
        sort: { field: 'id', direction: 'asc' },
      }),
    ).rejects.toMatchObject({ message: RESULT_WINDOW_MESSAGE })
    expect(calls).toHaveLength(0)
    expect(RESULT_WINDOW_MESSAGE).toMatch(/past the first 10,000 matches.*refine the search/)
  })

  it('asks again by id when the tenant refuses a sort, and says so', async () => {
    const { client, calls } = setup((call) => {
      const sort = JSON.stringify(bodyOf(call).sort)
      if (sort.includes('lastName')) {
        return jsonResponse(
          { error: { message: 'No mapping found for [lastName] in order to sort on' } },
          { status: 400 },
        )
      }
      return jsonResponse({ d: { results: [row(1), row(2)], summary: { total: 2 } } })
    })
    const result = await searchCustomers(client, {
      q: '',
      page: 1,
      pageSize: 25,
      sort: { field: 'name', direction: 'asc' },
    })
    expect(result).toMatchObject({ sortRefused: true, total: 2 })
    expect(result.rows).toHaveLength(2)
    expect(params(calls[1] as RecordedCall).get('$orderby')).toBe('id asc')
    expect(bodyOf(calls[1]).sort).toEqual([{ id: { order: 'asc' } }])
  })
})

describe('lookupCustomersByIds', () => {
  it('looks ids up with a scoring clause and is complete when the rows match the total', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ d: { results: [row(2)], summary: { total: 1 } } }),
    )
    const result = await lookupCustomersByIds(client, [1, 2, 3])
    expect(calls).toHaveLength(1)
    expect(bodyOf(calls[0]).query).toEqual({
      constant_score: { filter: { terms: { id: [1, 2, 3] } } },
    })
    expect(result).toMatchObject({ complete: true })
    expect(result.rows.map((r) => r.id)).toEqual([2])
  })

  it('asks again for the ids a short answer left out', async () => {
    const { client, calls } = setup((call) => {
      const asked = (
        bodyOf(call).query as { constant_score: { filter: { terms: { id: number[] } } } }
      ).constant_score.filter.terms.id
      const exist = asked.filter((id) => id !== 3)
      // Short: only the first existing id comes back, the total tells how many exist.
      return jsonResponse({
        d: { results: exist.slice(0, 1).map(row), summary: { total: exist.length } },
      })
    })
    const result = await lookupCustomersByIds(client, [1, 2, 3, 4])
    expect(result.rows.map((r) => r.id).sort()).toEqual([1, 2, 4])
    expect(result.complete).toBe(true)
    expect(calls.length).toBe(3)
  })

  it('is not complete when no total says how many exist and rows are missing', async () => {
    const { client } = setup(() => jsonResponse({ d: { results: [row(1)] } }))
    const result = await lookupCustomersByIds(client, [1, 2])
    expect(result.complete).toBe(false)
    expect(result.rows.map((r) => r.id)).toEqual([1])
  })
})

describe('lookupCustomersOnce', () => {
  it('sends one request and says whether its answer was complete, keeping only asked ids', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ d: { results: [row(2), row(7)], summary: { total: 2 } } }),
    )
    const whole = await lookupCustomersOnce(client, [1, 2, 3])
    expect(calls).toHaveLength(1)
    expect(whole.complete).toBe(true)
    // Id 7 was not asked for: it is no answer about the ids asked.
    expect(whole.rows.map((r) => r.id)).toEqual([2])
  })

  it('is not complete when the answer is short of its total, and does not ask again', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ d: { results: [row(1)], summary: { total: 3 } } }),
    )
    const short = await lookupCustomersOnce(client, [1, 2, 3])
    expect(calls).toHaveLength(1)
    expect(short.complete).toBe(false)
    expect(short.rows.map((r) => r.id)).toEqual([1])
  })
})

describe('fetchCustomerStatuses', () => {
  it("reads the tenant's statuses from a terms aggregation", async () => {
    const { client, calls } = setup(() =>
      jsonResponse({
        d: {
          results: [],
          summary: {
            aggregations: { statuses: { buckets: [{ key: 'Charged Off', doc_count: 3 }] } },
          },
        },
      }),
    )
    expect(await fetchCustomerStatuses(client)).toEqual(['Charged Off'])
    expect(bodyOf(calls[0]).aggs).toEqual({ statuses: { terms: { field: 'status', size: 200 } } })
  })
})
