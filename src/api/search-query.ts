import { customerSummarySchema, type CustomerSummary } from './customer-readers'
import { LoanProError } from './loanpro-error'
import { isJsonObject, readInteger, readResults, readSummary } from './odata'

import { intentQuery, isRankedIntent, readSearchIntent, scored } from './search-clauses'

/*
 * Builds `Customers/Autopal.Search()` requests: the query from what was typed
 * (search-clauses.ts), filters as `match` (LoanPro's own examples; `term` is exact and
 * misses multi-word labels), and a sort that always ends with `id` so pages never reorder.
 * Paging travels in the URL ($top, $start); the sort in the body's `sort`, with its first
 * key also in `$orderby` for a tenant that reads only the URL.
 */

export { escapeQueryString, TEXT_SEARCH_FIELDS } from './search-clauses'
export { isSensitiveQuery } from './search-intent'

export const SEARCH_PATH = 'Customers/Autopal.Search()'

/** OpenSearch refuses `$start + $top` past this (index.max_result_window). */
export const SEARCH_RESULT_WINDOW = 10_000

export type CustomerSortField = 'id' | 'name' | 'status' | 'type' | 'created'

export interface CustomerSearchParams {
  q: string
  /** 1-based. */
  page: number
  pageSize: number
  sort: { field: CustomerSortField; direction: 'asc' | 'desc' }
  /** A tenant status label, e.g. "Active". */
  status?: string
  customerType?: 'individual' | 'company'
}

type Clause = Record<string, unknown>

export interface SearchRequest {
  path: typeof SEARCH_PATH
  query: { $top: number; $start: number; $orderby?: string }
  body: { query: Clause; sort?: Clause[]; aggs?: Clause }
}

/**
 * Search-document fields per sort. Name is last name, then first name, then company name
 * (companies have no person name, so they follow the people, by company name).
 */
const SORT_FIELDS: Record<CustomerSortField, readonly string[]> = {
  id: ['id'],
  name: ['lastName', 'firstName', 'companyName'],
  status: ['status'],
  type: ['customerType'],
  created: ['created'],
}

const BY_ID: Clause[] = [{ id: { order: 'asc' } }]

/** The default sort (id ascending) on a text search ranks by relevance instead. */
export function ranksByRelevance(params: Pick<CustomerSearchParams, 'q' | 'sort'>): boolean {
  const { field, direction } = params.sort
  return field === 'id' && direction === 'asc' && isRankedIntent(readSearchIntent(params.q))
}

function filters(params: Pick<CustomerSearchParams, 'status' | 'customerType'>): Clause[] {
  const out: Clause[] = []
  if (params.status) out.push({ match: { status: { query: params.status, operator: 'and' } } })
  if (params.customerType) {
    // Search documents hold the code; accept the bare word too in case a tenant stores that.
    const type = params.customerType
    out.push({
      bool: {
        should: [
          { match: { customerType: `customer.type.${type}` } },
          { match: { customerType: type } },
        ],
        minimum_should_match: 1,
      },
    })
  }
  return out
}

export function buildSearchQuery(
  params: Pick<CustomerSearchParams, 'q' | 'status' | 'customerType'>,
  extraFilters: Clause[] = [],
): Clause {
  const match = intentQuery(readSearchIntent(params.q))
  const filter = [...filters(params), ...extraFilters]
  return filter.length === 0 ? match : { bool: { must: [match], filter } }
}

/** The body sort and its first key for `$orderby`; relevance sorts by `_score`, then id. */
export function buildSort(params: Pick<CustomerSearchParams, 'q' | 'sort'>): {
  sort: Clause[]
  orderby?: string
} {
  if (ranksByRelevance(params)) return { sort: [{ _score: { order: 'desc' } }, ...BY_ID] }
  const { field, direction } = params.sort
  const fields = SORT_FIELDS[field]
  const sort: Clause[] = fields.map((name) => ({ [name]: { order: direction } }))
  if (field !== 'id') sort.push(...BY_ID)
  return { sort, orderby: `${fields[0] ?? 'id'} ${direction}` }
}

export function buildCustomerSearchRequest(params: CustomerSearchParams): SearchRequest {
  const pageSize = Math.max(1, Math.floor(params.pageSize))
  const page = Math.max(1, Math.floor(params.page))
  const { sort, orderby } = buildSort(params)
  return {
    path: SEARCH_PATH,
    query: { $top: pageSize, $start: (page - 1) * pageSize, $orderby: orderby },
    body: { query: buildSearchQuery(params), sort },
  }
}

/** The same search sorted by id only: what is asked again when a tenant refuses a sort. */
export function withIdSort(built: SearchRequest): SearchRequest {
  return {
    ...built,
    query: { ...built.query, $orderby: 'id asc' },
    body: { ...built.body, sort: BY_ID },
  }
}

/**
 * Keyset paging (past the 10,000 window): the matches with an id above `afterId`, by id.
 * Each answer's total is what is left, so paging ends when an answer holds all of it.
 */
export function buildKeysetRequest(
  params: Pick<CustomerSearchParams, 'q' | 'status' | 'customerType'>,
  afterId: number,
  top: number,
): SearchRequest {
  const after: Clause = { range: { id: { gt: afterId } } }
  return {
    path: SEARCH_PATH,
    query: { $top: Math.max(1, Math.floor(top)), $start: 0, $orderby: 'id asc' },
    body: { query: buildSearchQuery(params, [after]), sort: BY_ID },
  }
}

/**
 * Finds which of `ids` exist. The filter is wrapped in constant_score: a filter alone scores
 * 0 and LoanPro drops such hits (docs/loanpro-api.md §8). `$top` is the number of ids, so at
 * most SEARCH_RESULT_WINDOW ids: OpenSearch refuses `$start + $top` past it.
 */
export function buildIdLookupRequest(ids: readonly number[]): SearchRequest {
  if (ids.length > SEARCH_RESULT_WINDOW) {
    throw new RangeError(`At most ${SEARCH_RESULT_WINDOW} ids per look-up, got ${ids.length}.`)
  }
  const unique = [...new Set(ids)]
  return {
    path: SEARCH_PATH,
    query: { $top: Math.max(1, unique.length), $start: 0, $orderby: 'id asc' },
    body: { query: scored({ terms: { id: unique } }), sort: BY_ID },
  }
}

/** How many customers have each status: a `terms` aggregation (statuses are tenant-defined). */
export function buildStatusCountsRequest(): SearchRequest {
  return {
    path: SEARCH_PATH,
    // No sort: the hits do not matter, only the counts.
    query: { $top: 1, $start: 0 },
    body: {
      query: { match_all: {} },
      aggs: { statuses: { terms: { field: 'status', size: 200 } } },
    },
  }
}

export interface CustomerSearchResult {
  rows: CustomerSummary[]
  /** Total hits, when LoanPro says; its key is undocumented, so null when absent. */
  total: number | null
  /** The tenant refused the sort asked for: these rows are in id order instead. */
  sortRefused?: boolean
  /** Every row the page should hold came (false: LoanPro kept answering short). */
  complete?: boolean
  /** A short first answer shown while the rest of the page is asked for (see `searchPage`). */
  filling?: boolean
}

/**
 * Reads a search response: its `d` (what LoanProClient.request returns) or the whole body.
 * A row without a readable id makes the response a bad one.
 */
export function parseCustomerSearchResponse(json: unknown): CustomerSearchResult {
  const d = isJsonObject(json) && 'd' in json ? json.d : json
  if (!isJsonObject(d) && !Array.isArray(d)) throw new LoanProError({ kind: 'bad-response' })
  const rows = readResults(d).map((doc) => {
    const parsed = customerSummarySchema.safeParse(doc)
    if (!parsed.success) throw new LoanProError({ kind: 'bad-response', cause: parsed.error })
    return parsed.data
  })
  return { rows, total: readTotal(readSummary(d)) }
}

/** The status labels of a `terms` aggregation answer, most used first. */
export function parseStatusCounts(json: unknown): string[] {
  const d = isJsonObject(json) && 'd' in json ? json.d : json
  const summary = isJsonObject(d) ? readSummary(d) : null
  const aggs = summary?.aggregations
  const statuses = isJsonObject(aggs) ? aggs.statuses : undefined
  const buckets = isJsonObject(statuses) && Array.isArray(statuses.buckets) ? statuses.buckets : []
  const labels: string[] = []
  for (const bucket of buckets) {
    const key = isJsonObject(bucket) ? bucket.key : undefined
    if (typeof key === 'string' && key.trim() !== '' && !labels.includes(key)) labels.push(key)
  }
  return labels
}

function readTotal(summary: Record<string, unknown> | null): number | null {
  if (!summary) return null
  const hits = summary.hits
  const hitsTotal = isJsonObject(hits) ? hits.total : undefined
  const candidates = [
    summary.total,
    summary.totalHits,
    isJsonObject(hitsTotal) ? hitsTotal.value : hitsTotal,
  ]
  for (const candidate of candidates) {
    const total = readInteger(candidate)
    if (total !== null && total >= 0) return total
  }
  return null
}
