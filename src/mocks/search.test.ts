// @vitest-environment node
import { DEMO_FIXTURES } from './fixtures'
import { callApi, ids, keyword, searchApi } from './fake-api-test-helpers'
import { testTenant } from '../testing/test-server'

describe('Autopal.Search()', () => {
  // These isolate what each clause matches; short answers have their own tests (search-strict).
  beforeEach(() => {
    testTenant().strictness.shortSearchRate = 0
  })

  it('pages with $top/$start (default 10) and reports the total', async () => {
    const first = await searchApi({ query: { match_all: {} } })
    expect(first.d.results).toHaveLength(10)
    expect(first.d.summary).toMatchObject({ start: 0, pageSize: 10, total: 300 })
    expect(ids(first)[0]).toBe(1001)
    const page = await searchApi({}, '?$top=25&$start=290')
    expect(page.d.results).toHaveLength(10)
    expect(ids(page)[9]).toBe(1300)
  })

  it('finds a customer by id with a term query', async () => {
    const body = await searchApi({ query: { constant_score: { filter: { term: { id: 1006 } } } } })
    expect(ids(body)).toEqual([1006])
    expect(body.d.results[0]).toMatchObject({ firstName: 'José', lastName: 'Álvarez' })
  })

  it('matches keywords case- and accent-insensitively, with partial words', async () => {
    expect(ids(await searchApi(keyword('*jose* *alvarez*')))).toContain(DEMO_FIXTURES.jose.id)
    const lukasz = await searchApi(keyword('*LUKASZ*'), '?$top=100')
    expect(ids(lukasz)).toContain(DEMO_FIXTURES.lukasz.id)
    expect(lukasz.d.results.every((r) => JSON.stringify(r).includes('Łukasz'))).toBe(true)
    expect(ids(await searchApi(keyword('*zoe*')))).toContain(DEMO_FIXTURES.zoe.id)
    expect(ids(await searchApi(keyword('*小龙*')))).toEqual([DEMO_FIXTURES.cjk.id])
    expect(ids(await searchApi(keyword('fuller*')))).toEqual([DEMO_FIXTURES.full.id])
    // A word without wildcards must be a whole word.
    expect(ids(await searchApi(keyword('fuller')))).toEqual([])
  })

  it('searches email and city, and honours AND between words', async () => {
    expect(ids(await searchApi(keyword('*nora.whitfield@example.com*')))).toEqual([1004])
    const sanJose = await searchApi(keyword('*san* *jose*'), '?$top=100')
    expect(ids(sanJose)).toContain(1006)
    const both = await searchApi(keyword('*margaret* *chicago*'))
    expect(ids(both)).toEqual([1001])
    expect(ids(await searchApi(keyword('*margaret* *nowhere*')))).toEqual([])
  })

  it('unescapes query_string backslash escapes and searches dotted fields', async () => {
    const hostile = await searchApi(keyword('*\\=HYPERLINK\\(\\"http\\://evil\\"*', ['lastName']))
    expect(ids(hostile)).toEqual([1003])
    const city = await searchApi(keyword('chicago', ['primaryAddress.city']), '?$top=300')
    expect(city.d.results.every((r) => JSON.stringify(r).includes('Chicago'))).toBe(true)
  })

  it('filters with term, terms, range, must_not and should', async () => {
    const companies = await searchApi(
      { query: { bool: { must: [{ term: { customerType: 'customer.type.company' } }] } } },
      '?$top=300',
    )
    expect(companies.d.results.length).toBeGreaterThan(10)
    expect(companies.d.results.every((r) => r.customerType === 'customer.type.company')).toBe(true)
    const leads = await searchApi(
      { query: { terms: { status: ['lead', 'prospect'] } } },
      '?$top=300',
    )
    expect(leads.d.results.every((r) => r.status === 'Lead' || r.status === 'Prospect')).toBe(true)
    const range = await searchApi({ query: { range: { id: { gte: 1005, lt: 1008 } } } })
    expect(ids(range)).toEqual([1005, 1006, 1007])
    const notActive = await searchApi(
      { query: { bool: { must_not: [{ term: { status: 'active' } }] } } },
      '?$top=300',
    )
    expect(notActive.d.results.some((r) => r.status === 'Active')).toBe(false)
    const either = await searchApi({
      query: {
        bool: { should: [{ term: { id: 1002 } }, { term: { id: 1009 } }], minimum_should_match: 1 },
      },
    })
    expect(ids(either)).toEqual([1002, 1009])
  })

  it('sorts by $orderby, missing values last', async () => {
    const desc = await searchApi({}, '?$top=300&$orderby=customerName desc')
    const names = desc.d.results.map((r) => String(r.customerName).toLowerCase())
    expect(names.slice(0, 5)).toEqual([...names.slice(0, 5)].sort().reverse())
    const byIdDesc = await searchApi({}, '?$orderby=id desc')
    expect(ids(byIdDesc)[0]).toBe(1300)
    const created = await searchApi({}, '?$top=300&$orderby=created asc')
    const dates = created.d.results.map((r) => String(r.created))
    expect(dates).toEqual([...dates].sort())
  })

  it('computes aggregations and rejects clauses it does not know with 400', async () => {
    const body = await searchApi({ aggs: { avgLoans: { avg: { field: 'loansCount' } } } })
    expect(body.d.summary.aggregations).toMatchObject({ avgLoans: { value: expect.any(Number) } })
    const bad = await callApi('Customers/Autopal.Search()', {
      method: 'POST',
      body: JSON.stringify({ query: { fuzzy: { customerName: 'x' } } }),
    })
    expect(bad.status).toBe(400)
  })

  it('answers 400 like OpenSearch for an id term beyond a 32-bit integer', async () => {
    testTenant().strictness.errorsInDRate = 0 // reads the error shape at the root
    for (const query of [{ term: { id: 2147483648 } }, { terms: { id: [1, 9999999999] } }]) {
      const bad = await callApi('Customers/Autopal.Search()', {
        method: 'POST',
        body: JSON.stringify({ query }),
      })
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ error: { message: /out of range/ } })
    }
  })

  it('hides deleted customers', async () => {
    expect(testTenant().deleteCustomer(1010)).toEqual({ status: 'deleted' })
    testTenant().strictness.indexLagMs = 0
    const body = await searchApi({ query: { term: { id: 1010 } } })
    expect(body.d.summary.total).toBe(0)
  })
})
