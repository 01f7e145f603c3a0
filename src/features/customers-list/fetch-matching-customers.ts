import type { CustomerSummary } from '../../api/customer-schema'
import { searchCustomers } from '../../api/customers'
import type { LoanProClient } from '../../api/http-client'
import type { CustomerSearchParams } from '../../api/search-query'

/** Rows per search request when paging through every match (select all, export). */
export const BULK_FETCH_PAGE_SIZE = 500

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
}

/**
 * Every customer matching a search, up to `limit`, in the search's sort order, page after
 * page. Rows that moved between pages while paging are kept once.
 */
export async function fetchMatchingCustomers(
  client: LoanProClient,
  search: MatchingSearch,
  options: FetchMatchingOptions,
): Promise<MatchingCustomers> {
  const { limit, signal, onProgress } = options
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? BULK_FETCH_PAGE_SIZE))
  const seen = new Set<number>()
  const rows: CustomerSummary[] = []
  let total: number | null = null
  let fullLastPage = false

  for (let page = 1; rows.length < limit; page++) {
    const result = await searchCustomers(client, { ...search, page, pageSize }, signal)
    total = result.total ?? total
    for (const row of result.rows) {
      if (rows.length >= limit) break
      if (seen.has(row.id)) continue
      seen.add(row.id)
      rows.push(row)
    }
    const expected = total === null ? null : Math.min(total, limit)
    onProgress?.({ done: rows.length, expected })
    fullLastPage = result.rows.length >= pageSize
    if (!fullLastPage || (total !== null && page * pageSize >= total)) break
  }

  const truncated = total !== null ? total > rows.length && rows.length >= limit : fullLastPage
  return { rows, total, truncated }
}
