import { http, HttpResponse } from 'msw'
import { createLoanProClient } from '../../api/http-client'
import { isLoanProError } from '../../api/loanpro-error'
import {
  resetTestTenant,
  TEST_CONNECTION,
  testServer,
  testTenant,
  TEST_SEARCH_URL,
} from '../../testing/test-server'
import { searchRequests } from './customers-list.test-helpers'
import { fetchMatchingCustomers, type MatchingSearch } from './fetch-matching-customers'

const client = createLoanProClient(TEST_CONNECTION)
const ALL: MatchingSearch = { q: '', sort: { field: 'id', direction: 'asc' } }

/** Answers searches from a fixed id list, without a total, like a tenant that omits it. */
function serveWithoutTotal(ids: number[]) {
  testServer.use(
    http.post(TEST_SEARCH_URL, ({ request }) => {
      const url = new URL(request.url)
      const top = Number(url.searchParams.get('$top'))
      const start = Number(url.searchParams.get('$start'))
      const results = ids.slice(start, start + top).map((id) => ({ id, firstName: `C${id}` }))
      return HttpResponse.json({ d: { results, summary: { start, pageSize: top } } })
    }),
  )
}

describe('fetchMatchingCustomers', () => {
  it('pages through every match in the search order, reporting progress', async () => {
    // Asserts the exact requests of full pages; short answers have their own test below.
    testTenant().strictness.shortSearchRate = 0
    const progress: string[] = []
    const result = await fetchMatchingCustomers(
      client,
      { ...ALL, sort: { field: 'id', direction: 'desc' } },
      { limit: 1000, pageSize: 120, onProgress: (p) => progress.push(`${p.done}/${p.expected}`) },
    )
    expect(result.rows).toHaveLength(300)
    expect(result.rows[0]?.id).toBe(1300)
    expect(result.rows.at(-1)?.id).toBe(1001)
    expect(result).toMatchObject({ total: 300, truncated: false })
    expect(progress).toEqual(['120/300', '240/300', '300/300'])
    expect(searchRequests()).toEqual([
      '$top=120&$start=0&$orderby=id desc',
      '$top=120&$start=120&$orderby=id desc',
      '$top=120&$start=240&$orderby=id desc',
    ])
  })

  it('stops at the limit and says more match', async () => {
    const result = await fetchMatchingCustomers(client, ALL, { limit: 130, pageSize: 100 })
    expect(result.rows.map((row) => row.id)).toEqual(
      Array.from({ length: 130 }, (_, i) => 1001 + i),
    )
    expect(result).toMatchObject({ total: 300, truncated: true })
    expect(searchRequests()).toHaveLength(2)
  })

  it('without a total, reads until a short page and keeps rows that moved once', async () => {
    serveWithoutTotal([1, 2, 3, 3, 4, 5, 6])
    const progress: (number | null)[] = []
    const result = await fetchMatchingCustomers(client, ALL, {
      limit: 100,
      pageSize: 3,
      onProgress: (p) => progress.push(p.expected),
    })
    expect(result.rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6])
    expect(result).toMatchObject({ total: null, truncated: false })
    expect(progress).toEqual([null, null, null])
  })

  it('without a total, a full last page at the limit counts as truncated', async () => {
    serveWithoutTotal([1, 2, 3, 4, 5, 6, 7])
    const result = await fetchMatchingCustomers(client, ALL, { limit: 4, pageSize: 2 })
    expect(result.rows.map((row) => row.id)).toEqual([1, 2, 3, 4])
    expect(result.truncated).toBe(true)
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    const pending = fetchMatchingCustomers(client, ALL, {
      limit: 1000,
      pageSize: 50,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    })
    const error: unknown = await pending.catch((caught: unknown) => caught)
    expect(isLoanProError(error) && error.kind).toBe('aborted')
    // Aborted after the first page: the next request is never sent.
    expect(searchRequests()).toHaveLength(1)
  })

  it('reaches every match although LoanPro answers short (rows are asked until they match the total)', async () => {
    testTenant().strictness.shortSearchRate = 1
    const result = await fetchMatchingCustomers(client, ALL, { limit: 1000, pageSize: 120 })
    expect(result.rows.map((row) => row.id)).toEqual(
      Array.from({ length: 300 }, (_, i) => 1001 + i),
    )
    expect(result).toMatchObject({ total: 300, truncated: false, complete: true, byId: false })
  })

  it('walks a 25,000-customer search by id past the 10,000 window, reaching all of them', async () => {
    resetTestTenant({ count: 25_000 })
    const progress: number[] = []
    const result = await fetchMatchingCustomers(
      client,
      { ...ALL, sort: { field: 'name', direction: 'asc' } },
      { limit: 30_000, pageSize: 2_000, onProgress: (p) => progress.push(p.done) },
    )
    expect(result).toMatchObject({ total: 25_000, truncated: false, complete: true, byId: true })
    expect(new Set(result.rows.map((row) => row.id)).size).toBe(25_000)
    expect(progress.at(-1)).toBe(25_000)
    // Never a page past the window: keyset requests start at 0 with a range on id.
    for (const query of searchRequests()) {
      const url = new URLSearchParams(query)
      expect(Number(url.get('$start')) + Number(url.get('$top'))).toBeLessThanOrEqual(10_000)
    }
  })

  it('stops a walk by id at the stated cap and says more match', async () => {
    resetTestTenant({ count: 12_000 })
    const result = await fetchMatchingCustomers(client, ALL, { limit: 11_000, pageSize: 2_500 })
    expect(result.rows).toHaveLength(11_000)
    expect(result).toMatchObject({ total: 12_000, truncated: true, byId: true })
  })
})
