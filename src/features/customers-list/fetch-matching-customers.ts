import type { CustomerSummary } from '../../api/customer-readers'
import { searchAfterId, searchFrom } from '../../api/customers'
import type { LoanProClient } from '../../api/http-client'
import { SEARCH_RESULT_WINDOW, type CustomerSearchParams } from '../../api/search-query'

/** Rows per search request when paging through every match (select all, export). */
export const BULK_FETCH_PAGE_SIZE = 500

/** Answers in a row that bring nothing new before a walk gives up (LoanPro answering short). */
const MAX_EMPTY_ANSWERS = 3

export type MatchingSearch = Omit<CustomerSearchParams, 'page' | 'pageSize'>

export interface BulkProgress {
  done: number
  /** How many will come, when LoanPro said how many match; null otherwise. */
  expected: number | null
}

export interface FetchMatchingOptions {
  /** Stop after this many rows. */
  limit: number
  pageSize?: number
  signal?: AbortSignal
  onProgress?: (progress: BulkProgress) => void
}

export interface MatchingCustomers {
  rows: CustomerSummary[]
  total: number | null
  /** More customers match than `limit` let through. */
  truncated: boolean
  /** Every match up to `limit` came (false: LoanPro kept answering short; some are missing). */
  complete: boolean
  /** More than 10,000 matched, so the rows were walked by id (keyset), in id order. */
  byId: boolean
}

interface Walk {
  rows: CustomerSummary[]
  seen: Set<number>
  total: number | null
  limit: number
  onProgress?: (progress: BulkProgress) => void
}

function take(walk: Walk, rows: readonly CustomerSummary[]): number {
  let added = 0
  for (const row of rows) {
    if (walk.rows.length >= walk.limit) break
    if (walk.seen.has(row.id)) continue
    walk.seen.add(row.id)
    walk.rows.push(row)
    added++
  }
  const expected = walk.total === null ? null : Math.min(walk.total, walk.limit)
  walk.onProgress?.({ done: walk.rows.length, expected })
  return added
}

/**
 * Every customer matching a search, up to `limit`. Pages are asked from the number of rows
 * received so far (a short answer is no end: `$top` is a maximum on LoanPro) until the rows
 * match the total. Past the 10,000 window, OpenSearch refuses `$start` paging, so a search
 * with more matches is walked by id instead (`range` on id above the last id seen).
 */
export async function fetchMatchingCustomers(
  client: LoanProClient,
  search: MatchingSearch,
  options: FetchMatchingOptions,
): Promise<MatchingCustomers> {
  const { limit, signal, onProgress } = options
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? BULK_FETCH_PAGE_SIZE))
  const walk: Walk = { rows: [], seen: new Set(), total: null, limit, onProgress }
  const first = await searchFrom(client, search, 0, Math.min(pageSize, limit), signal)
  walk.total = first.total
  if (walk.total !== null && walk.total > SEARCH_RESULT_WINDOW && limit > first.rows.length) {
    return byId(client, search, walk, pageSize, signal)
  }
  take(walk, first.rows)
  let empty = 0
  let lastFull = first.rows.length >= Math.min(pageSize, limit)
  while (walk.rows.length < limit && empty < MAX_EMPTY_ANSWERS) {
    if (walk.total !== null ? walk.rows.length >= walk.total : !lastFull) break
    const start = walk.rows.length
    const top = Math.min(pageSize, SEARCH_RESULT_WINDOW - start)
    if (top <= 0) break
    const result = await searchFrom(client, search, start, top, signal)
    walk.total = result.total ?? walk.total
    lastFull = result.rows.length >= top
    empty = take(walk, result.rows) === 0 ? empty + 1 : 0
  }
  return finish(walk, false)
}

async function byId(
  client: LoanProClient,
  search: MatchingSearch,
  walk: Walk,
  pageSize: number,
  signal?: AbortSignal,
): Promise<MatchingCustomers> {
  let afterId = 0
  let empty = 0
  while (walk.rows.length < walk.limit && empty < MAX_EMPTY_ANSWERS) {
    const top = Math.min(pageSize, walk.limit - walk.rows.length)
    const result = await searchAfterId(client, search, afterId, top, signal)
    const added = take(walk, result.rows)
    empty = added === 0 ? empty + 1 : 0
    for (const row of result.rows) afterId = Math.max(afterId, row.id)
    // The total of a keyset answer is what is left above afterId: all of it came.
    if (result.total !== null && result.rows.length >= result.total) break
    if (result.total === null && result.rows.length === 0) break
  }
  return finish(walk, true)
}

function finish(walk: Walk, byIdOrder: boolean): MatchingCustomers {
  const { rows, total, limit } = walk
  const reached = total === null ? rows.length : Math.min(total, limit)
  return {
    rows,
    total,
    truncated: rows.length >= limit && (total === null || total > rows.length),
    complete: rows.length >= reached,
    byId: byIdOrder,
  }
}
