// @vitest-environment node
import { mulberry32 } from './random'
import { generateSearchDoc } from './search-doc-generator'
import { SearchDocSequence } from './search-doc-sequence'
import { runSearch } from './search-engine'
import { SearchIndex } from './search-index'
import type { SearchDoc } from './tenant-types'

const FIRST_ID = 1001

function inOrder(seed: number, fixed: readonly SearchDoc[], size: number): SearchDoc[] {
  const rng = mulberry32(seed)
  const docs = [...fixed]
  for (let p = fixed.length; p < size; p++) docs.push(generateSearchDoc(rng, FIRST_ID + p))
  return docs
}

describe('SearchDocSequence', () => {
  const fixed = inOrder(99, [], 3)

  it('builds any doc alone exactly as generating every doc in order would', () => {
    const expected = inOrder(5, fixed, 2000)
    const sequence = new SearchDocSequence(5, fixed, 2000, FIRST_ID)
    for (const p of [1999, 3, 1000, 0, 1001, 2, 1500])
      expect(sequence.docAt(p)).toEqual(expected[p])
    expect(sequence.all()).toEqual(expected)
  })

  it('builds ahead in slices and answers nothing outside its range', () => {
    const sequence = new SearchDocSequence(1, fixed, 50, FIRST_ID)
    expect(sequence.buildAhead(20)).toBe(true)
    expect(sequence.buildAhead(100)).toBe(false)
    expect(sequence.all()).toEqual(inOrder(1, fixed, 50))
    expect(sequence.docAt(50)).toBeUndefined()
    expect(sequence.docAt(-1)).toBeUndefined()
    expect(sequence.docAt(1.5)).toBeUndefined()
  })

  it('reads status and type from the draws alone, as the built docs hold them', () => {
    const expected = inOrder(3, fixed, 3000)
    const sequence = new SearchDocSequence(3, fixed, 3000, FIRST_ID)
    for (const p of [2999, 0, 1, 2, 3, 1500, 4, 2998]) {
      expect(sequence.keywordAt('status', p)).toBe(expected[p]?.status)
      expect(sequence.keywordAt('customerType', p)).toBe(expected[p]?.customerType)
    }
    expect(expected.map((_, p) => sequence.keywordAt('status', p))).toEqual(
      expected.map((doc) => doc.status),
    )
    expect(sequence.keywordAt('status', 3000)).toBeUndefined()
    // Docs built one by one after the replay are the same as in order.
    expect(sequence.docAt(1234)).toEqual(expected[1234])
  })

  it("answers the list's status options and status filter without building a document", () => {
    const size = 5000
    const expected = inOrder(4, fixed, size)
    const sequence = new SearchDocSequence(4, fixed, size, FIRST_ID)
    const source = {
      size,
      get docs(): never {
        throw new Error('every document was built')
      },
      docAt: (p: number) => (p < 25 ? sequence.docAt(p) : undefined),
      compactReader: (path: string) =>
        path === 'status' || path === 'customerType'
          ? (p: number) => sequence.keywordAt(path, p)
          : null,
    }
    const index = new SearchIndex(source, FIRST_ID)
    const live = { isDeleted: () => false, count: size }
    const aggs = { statuses: { terms: { field: 'status', size: 200 } } }
    const result = runSearch(index, live, { query: { match_all: {} }, aggs }, { top: 1, start: 0 })
    const counts = new Map<string, number>()
    for (const doc of expected) counts.set(doc.status, (counts.get(doc.status) ?? 0) + 1)
    const buckets = (result.aggregations?.statuses as { buckets: unknown[] }).buckets
    expect(buckets).toEqual(
      [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([key, doc_count]) => ({ key, doc_count })),
    )
    const filtered = runSearch(
      index,
      live,
      { query: { bool: { filter: [{ term: { status: 'Lead' } }] } } },
      { top: 25, start: 0 },
    )
    expect(filtered.total).toBe(counts.get('Lead'))
    expect(filtered.results.length).toBeGreaterThan(0)
  })
})
