import { scalarText } from './scalar-text'
import { fieldValue, resolveField, type SearchIndex } from './search-index'
import { compileQuery, SearchQueryError, type CompiledQuery } from './search-query'
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

/** Which positions are deleted, and how many are not (the total of a match_all). */
export interface LiveDocs {
  isDeleted(position: number): boolean
  readonly count: number
}

const MATCH_ALL: CompiledQuery = { test: () => true, matchesAll: true }

/**
 * Runs a search body over the index, skipping deleted positions, and cuts one page. Only the
 * page's documents are built when the query needs no field (match_all, id clauses) and the
 * sort is by id, so the first page of a fresh 100,000-customer tenant is quick.
 */
export function runSearch(
  index: SearchIndex,
  live: LiveDocs,
  body: unknown,
  page: SearchPage,
): SearchResult {
  const request = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  const query = request.query === undefined ? MATCH_ALL : compileQuery(request.query, index)
  const { field, desc } = parseOrderBy(page.orderby)
  const wantsAll = request.aggs !== null && typeof request.aggs === 'object'
  const end = page.start + page.top
  let matches: number[]
  let total: number
  if (query.matchesAll && !wantsAll) {
    // Everything matches: walk the order only until the page is full.
    matches = firstLive(index, live, end, field, desc)
    total = live.count
  } else {
    matches = collect(index, live, query)
    total = matches.length
    if (field !== 'id') matches = inOrder(matches, index, field, desc)
    else if (desc) matches.reverse()
  }
  const inPage = matches.slice(page.start, end)
  const results: SearchDoc[] = []
  for (const p of inPage) {
    const doc = index.docAt(p)
    if (doc) results.push(doc)
  }
  return {
    results,
    total,
    aggregations: aggregate(request.aggs, matches, index),
  }
}

/** The first `count` live positions in the sort order. */
function firstLive(
  index: SearchIndex,
  live: LiveDocs,
  count: number,
  field: string,
  desc: boolean,
): number[] {
  const order = field === 'id' ? undefined : index.sortOrder(field, desc)
  const n = index.size
  const out: number[] = []
  for (let i = 0; i < n && out.length < count; i++) {
    const p = order ? order[i] : desc ? n - 1 - i : i
    if (p !== undefined && !live.isDeleted(p)) out.push(p)
  }
  return out
}

/** Live matches in id order; only the candidates are tested when the query names some. */
function collect(index: SearchIndex, live: LiveDocs, query: CompiledQuery): number[] {
  const out: number[] = []
  const { test, matchesAll, candidates } = query
  if (candidates) {
    for (const p of candidates) if (!live.isDeleted(p) && (matchesAll || test(p))) out.push(p)
    return out
  }
  const n = index.size
  for (let p = 0; p < n; p++) if (!live.isDeleted(p) && (matchesAll || test(p))) out.push(p)
  return out
}

/**
 * Matches (in id order) in a field's cached order: a few are sorted by rank, many are
 * picked out of the order in one pass. Both give the same order.
 */
function inOrder(matches: number[], index: SearchIndex, field: string, desc: boolean): number[] {
  if (matches.length * 8 < index.size) {
    const rank = index.sortRank(field, desc)
    return matches.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0))
  }
  const marked = new Uint8Array(index.size)
  for (const p of matches) marked[p] = 1
  const out: number[] = []
  for (const p of index.sortOrder(field, desc)) if (marked[p] === 1) out.push(p)
  return out
}

function aggregate(
  aggs: unknown,
  matches: number[],
  index: SearchIndex,
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
      const doc = index.docAt(p)
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
