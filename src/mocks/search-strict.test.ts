// @vitest-environment node
import { callApi, ids, searchApi } from './fake-api-test-helpers'
import { testTenant } from '../testing/test-server'

const noShortAnswers = () => {
  testTenant().strictness.shortSearchRate = 0
}

describe('strict search (docs/loanpro-api.md §8)', () => {
  it('drops hits that score 0: a filter-only query finds nothing, constant_score finds them', async () => {
    noShortAnswers()
    const filterOnly = await searchApi({
      query: { bool: { filter: [{ terms: { id: [1001, 1002] } }] } },
    })
    expect(filterOnly.d.summary.total).toBe(0)
    expect(filterOnly.d.results).toEqual([])
    const scored = await searchApi({
      query: { constant_score: { filter: { terms: { id: [1001, 1002] } } } },
    })
    expect(ids(scored)).toEqual([1001, 1002])
    const must = await searchApi({ query: { bool: { must: [{ terms: { id: [1001, 1002] } }] } } })
    expect(ids(must)).toEqual([1001, 1002])
    testTenant().strictness.dropZeroScores = false
    expect(ids(await searchApi({ query: { bool: { filter: [{ term: { id: 1001 } }] } } }))).toEqual(
      [1001],
    )
  })

  it('term is exact and case-sensitive; it never matches a multi-word label; match does', async () => {
    noShortAnswers()
    const count = async (query: unknown) =>
      (await searchApi({ query: { bool: { must: [{ match_all: {} }], filter: [query] } } })).d
        .summary.total
    expect(await count({ term: { status: 'Active' } })).toBe(0)
    expect(await count({ term: { status: 'Pending Review' } })).toBe(0)
    expect(await count({ term: { customerType: 'customer.type.COMPANY' } })).toBe(0)
    expect(await count({ term: { customerType: 'customer.type.company' } })).toBeGreaterThan(0)
    const pending = await count({ match: { status: { query: 'Pending Review', operator: 'and' } } })
    expect(pending).toBeGreaterThan(0)
    const all = await searchApi(
      { query: { match: { status: { query: 'Pending Review', operator: 'and' } } } },
      '?$top=300',
    )
    expect(all.d.results.every((r) => r.status === 'Pending Review')).toBe(true)
    expect(await count({ match: { status: 'Active' } })).toBeGreaterThan(0)
  })

  it('has tenant-defined statuses and flooring customers, counted by a terms aggregation', async () => {
    const body = await searchApi({
      query: { match_all: {} },
      aggs: { statuses: { terms: { field: 'status', size: 50 } } },
    })
    const agg = body.d.summary.aggregations as {
      statuses: { buckets: Array<{ key: string; doc_count: number }> }
    }
    const keys = agg.statuses.buckets.map((b) => b.key)
    expect(keys).toEqual(
      expect.arrayContaining(['Active', 'Lead', 'Pending Review', 'Charged Off']),
    )
    expect(agg.statuses.buckets.reduce((n, b) => n + b.doc_count, 0)).toBe(300)
    const flooring = await searchApi({
      query: { match: { customerType: 'customer.type.flooringCustomer' } },
    })
    expect(flooring.d.summary.total).toBeGreaterThan(0)
  })

  it('refuses $start + $top beyond the 10,000 window as OpenSearch does', async () => {
    const response = await callApi('Customers/Autopal.Search()?$top=50&$start=9975', {
      method: 'POST',
      body: JSON.stringify({ query: { match_all: {} } }),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/Result window is too large.*\[10000\] but was \[10025\]/)
    const last = await callApi('Customers/Autopal.Search()?$top=25&$start=9975', {
      method: 'POST',
      body: JSON.stringify({ query: { match_all: {} } }),
    })
    expect(last.status).toBe(200)
  })

  it('cuts some answers short at a seeded point while the total stays true', async () => {
    const sizes: number[] = []
    for (let i = 0; i < 20; i++) {
      const body = await searchApi({ query: { match_all: {} } }, '?$top=50')
      expect(body.d.summary.total).toBe(300)
      sizes.push(body.d.results.length)
    }
    expect(sizes.some((n) => n < 50)).toBe(true)
    expect(sizes.some((n) => n === 50)).toBe(true)
    expect(Math.min(...sizes)).toBeGreaterThan(0)
  })

  it('keeps a just-deleted customer in search for indexLagMs, while GET already says 409', async () => {
    noShortAnswers()
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const byId = { query: { constant_score: { filter: { term: { id: 1010 } } } } }
      testTenant().deleteCustomer(1010)
      expect(ids(await searchApi(byId))).toEqual([1010])
      expect((await callApi('odata.svc/Customers(1010)')).status).toBe(409)
      vi.advanceTimersByTime(testTenant().strictness.indexLagMs)
      expect(ids(await searchApi(byId))).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('supports range on id (keyset paging) and ranks match scores with a _score sort', async () => {
    noShortAnswers()
    const next = await searchApi(
      {
        query: { constant_score: { filter: { range: { id: { gt: 1290 } } } } },
        sort: [{ id: 'asc' }],
      },
      '?$top=5',
    )
    expect(ids(next)).toEqual([1291, 1292, 1293, 1294, 1295])
    expect(next.d.summary.total).toBe(10)
    const ranked = await searchApi(
      {
        query: {
          bool: {
            must: [{ match: { lastName: 'smith' } }],
            should: [{ match: { customerName: { query: 'michael smith', boost: 2 } } }],
          },
        },
        sort: ['_score', { id: 'asc' }],
      },
      '?$top=300',
    )
    const names = ranked.d.results.map((r) => String(r.customerName))
    const firstCompound = names.findIndex((n) => /smith-/i.test(n))
    const lastPlain = names.map((n) => /^\S+ smith$/i.test(n)).lastIndexOf(true)
    expect(names.length).toBeGreaterThan(2)
    if (firstCompound >= 0) expect(lastPlain).toBeLessThan(firstCompound)
  })
})
