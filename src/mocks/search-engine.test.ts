// @vitest-environment node
import { createTenantData, FIRST_CUSTOMER_ID } from './generator'
import { runSearch } from './search-engine'
import { SearchIndex } from './search-index'
import { searchRules } from './search-strict'
import { STRICT } from './strictness'

const STRICT_RULES = searchRules(STRICT)
const BY_ID = [{ id: { order: 'asc' } }]

describe('runSearch, the unfiltered list under strict rules', () => {
  it("answers the first page from the page's customers alone (the demo's first request)", () => {
    const size = 100_000
    const data = createTenantData({ count: size, seed: 1 })
    const built: number[] = []
    const index = new SearchIndex(
      {
        size,
        get docs(): never {
          throw new Error('every document was built')
        },
        docAt: (p) => (built.push(p), data.docAt(p)),
      },
      FIRST_CUSTOMER_ID,
    )
    let tested = 0
    const live = {
      isDeleted: (p: number) => (tested++, p === 1),
      count: size - 1,
    }
    const page = runSearch(
      index,
      live,
      { query: { match_all: {} }, sort: BY_ID },
      { top: 25, start: 0, orderby: 'id asc' },
      STRICT_RULES,
    )
    expect(page.total).toBe(size - 1)
    expect(page.results.map((doc) => doc.id)).toEqual([
      FIRST_CUSTOMER_ID,
      ...Array.from({ length: 24 }, (_, i) => FIRST_CUSTOMER_ID + 2 + i),
    ])
    expect(built).toHaveLength(25)
    expect(tested).toBeLessThanOrEqual(26)
  })

  it('gives the same answer as a query that must test every customer', () => {
    const size = 3000
    const index = new SearchIndex(createTenantData({ count: size, seed: 2 }), FIRST_CUSTOMER_ID)
    const deleted = new Set([0, 5, 2999])
    const live = { isDeleted: (p: number) => deleted.has(p), count: size - deleted.size }
    for (const [orderby, sort] of [
      ['id desc', [{ id: { order: 'desc' } }]],
      ['id asc', BY_ID],
      ['lastName asc', [{ lastName: { order: 'asc' } }, ...BY_ID]],
    ] as const) {
      const page = { top: 25, start: 50, orderby }
      const quick = runSearch(index, live, { query: { match_all: {} }, sort }, page, STRICT_RULES)
      const tested = runSearch(
        index,
        live,
        { query: { bool: { must: [{ match_all: {} }] } }, sort },
        page,
        STRICT_RULES,
      )
      expect(quick).toEqual(tested)
      expect(quick.results).toHaveLength(25)
    }
    // A filter-only query still scores 0 and finds nothing.
    const zero = runSearch(
      index,
      live,
      { query: { constant_score: { filter: { match_all: {} }, boost: 0 } }, sort: BY_ID },
      { top: 25, start: 0 },
      STRICT_RULES,
    )
    expect(zero.total).toBe(0)
  })
})
