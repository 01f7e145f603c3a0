import { scalarText } from './scalar-text'
import { fieldValue, resolveField, type SearchIndex } from './search-index'
import { compileQuery, SearchQueryError } from './search-query'
import type { SearchDoc } from './tenant-types'

export interface SearchPage {
  top: number
  start: number
  /** `$orderby`, e.g. `customerName desc`; default `id asc`. */
  orderby?: string | null
}

export interface SearchResult {
  results: SearchDoc[]
  total: number
  aggregations?: Record<string, { value: number | null }>
}

const METRICS = ['avg', 'sum', 'min', 'max', 'value_count'] as const

function parseOrderBy(orderby: string | null | undefined): { field: string; desc: boolean } {
  const [field = 'id', direction = 'asc'] = (orderby ?? '').trim().split(/\s+/)
  if (!/^(asc|desc)$/i.test(direction)) throw new SearchQueryError(`bad $orderby "${orderby}"`)
  return { field: resolveField(field || 'id'), desc: direction.toLowerCase() === 'desc' }
}

/** Runs a search body over the index, skipping deleted positions, and cuts one page. */
export function runSearch(
  index: SearchIndex,
  isDeleted: (position: number) => boolean,
  body: unknown,
  page: SearchPage,
): SearchResult {
  const request = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  const predicate = request.query === undefined ? () => true : compileQuery(request.query, index)
  const { field, desc } = parseOrderBy(page.orderby)
  const docs = index.docs
  const matches: number[] = []
  const scan = (p: number) => {
    if (!isDeleted(p) && predicate(p)) matches.push(p)
  }
  // Scan in id order (cache-friendly), then order the matches by a precomputed rank.
  if (field === 'id' && desc) for (let p = docs.length - 1; p >= 0; p--) scan(p)
  else for (let p = 0; p < docs.length; p++) scan(p)
  if (field !== 'id') {
    const rank = index.sortRank(field, desc)
    matches.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0))
  }
  const results: SearchDoc[] = []
  for (const p of matches.slice(page.start, page.start + page.top)) {
    const doc = docs[p]
    if (doc) results.push(doc)
  }
  return {
    results,
    total: matches.length,
    aggregations: aggregate(request.aggs, matches, docs),
  }
}

function aggregate(
  aggs: unknown,
  matches: number[],
  docs: readonly SearchDoc[],
): SearchResult['aggregations'] {
  if (aggs === null || typeof aggs !== 'object') return undefined
  const out: Record<string, { value: number | null }> = {}
  for (const [name, spec] of Object.entries(aggs as Record<string, unknown>)) {
    const metric = METRICS.find((m) => spec !== null && typeof spec === 'object' && m in spec)
    if (!metric) throw new SearchQueryError(`unsupported aggregation "${name}"`)
    const config = (spec as Record<string, { field?: unknown }>)[metric]
    const field = resolveField(scalarText(config?.field))
    const values: number[] = []
    for (const p of matches) {
      const doc = docs[p]
      const v = doc === undefined ? null : fieldValue(doc, field)
      if (v !== null && v !== undefined && v !== '' && !Number.isNaN(Number(v)))
        values.push(Number(v))
    }
    const sum = values.reduce((a, b) => a + b, 0)
    const value =
      metric === 'value_count'
        ? values.length
        : values.length === 0
          ? null
          : metric === 'avg'
            ? sum / values.length
            : metric === 'sum'
              ? sum
              : metric === 'min'
                ? values.reduce((a, b) => Math.min(a, b))
                : values.reduce((a, b) => Math.max(a, b))
    out[name] = { value }
  }
  return out
}
