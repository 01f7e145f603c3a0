import type { CustomerSummary } from './customer-readers'
import type { ApiRequestInfo, LoanProClient } from './http-client'
import { isLoanProError, LoanProError } from './loanpro-error'
import {
  buildCustomerSearchRequest,
  buildIdLookupRequest,
  buildKeysetRequest,
  buildStatusCountsRequest,
  parseCustomerSearchResponse,
  parseStatusCounts,
  SEARCH_RESULT_WINDOW,
  withIdSort,
  type CustomerSearchParams,
  type CustomerSearchResult,
  type SearchRequest,
} from './search-query'

/*
 * The search endpoint as the app uses it: pages filled despite short answers, complete
 * id look-ups, keyset paging past the 10,000 window, a refused sort said in words, and the
 * tenant's statuses.
 */

/** One search request as sent, parsed. */
async function post(
  client: LoanProClient,
  built: SearchRequest,
  signal?: AbortSignal,
): Promise<CustomerSearchResult> {
  const d = await client.request('POST', built.path, {
    query: built.query,
    body: built.body,
    signal,
  })
  return parseCustomerSearchResponse(d)
}

function searchInfo(client: LoanProClient, built: SearchRequest): ApiRequestInfo {
  return { method: 'POST', url: client.url(built.path, built.query) }
}

/**
 * Told of a short first answer before the rest of the page is asked for: the list shows those
 * rows at once rather than after a second round trip.
 */
export type OnShortAnswer = (partial: CustomerSearchResult & { request: ApiRequestInfo }) => void

/** Answers in a row that bring no new row before a short page is given up as incomplete. */
export const SHORT_ANSWER_RETRIES = 3

/**
 * One page, filled: `$top` is a maximum (docs/loanpro-api.md §8): a short answer is followed by
 * requests for the rest (`$start` moved on) until the page holds what the total promises,
 * as long as answers keep bringing rows.
 * `complete` is false when that never happened or no total came to compare with.
 */
export async function searchPage(
  client: LoanProClient,
  built: SearchRequest,
  signal?: AbortSignal,
  onShortAnswer?: OnShortAnswer,
): Promise<CustomerSearchResult & { request: ApiRequestInfo }> {
  const first = await post(client, built, signal)
  const rows = [...first.rows]
  const seen = new Set(rows.map((row) => row.id))
  let total = first.total
  const { $top: top, $start: start } = built.query
  const wanted = () => (total === null ? null : Math.min(top, Math.max(0, total - start)))
  const firstGoal = wanted()
  if (onShortAnswer && firstGoal !== null && rows.length < firstGoal) {
    onShortAnswer({ rows: [...rows], total, filling: true, request: searchInfo(client, built) })
  }
  for (let idle = 0; idle < SHORT_ANSWER_RETRIES;) {
    const goal = wanted()
    if (goal === null || rows.length >= goal) break
    const before = rows.length
    const rest = { ...built, query: { ...built.query, $start: start + rows.length } }
    rest.query.$top = top - rows.length
    const more = await post(client, rest, signal)
    total = more.total ?? total
    for (const row of more.rows) {
      if (!seen.has(row.id)) {
        seen.add(row.id)
        rows.push(row)
      }
    }
    idle = rows.length > before ? 0 : idle + 1
  }
  const goal = wanted()
  return {
    rows,
    total,
    complete: goal !== null && rows.length >= goal,
    request: searchInfo(client, built),
  }
}

/**
 * What the list says when a page lies past the window OpenSearch allows. The digits are grouped
 * here, not by `toLocaleString`: at module top level that loads locale data while the app boots.
 */
export const RESULT_WINDOW_MESSAGE =
  `Pages past the first ${String(SEARCH_RESULT_WINDOW).replace(/\B(?=(\d{3})+$)/g, ',')} matches are not ` +
  'available: refine the search, or sort the other way to reach the last matches.'

function windowError(built: SearchRequest): LoanProError {
  return new LoanProError({
    kind: 'http',
    status: 400,
    serverMessage: RESULT_WINDOW_MESSAGE,
    method: 'POST',
    path: built.path,
  })
}

/** A 400 about the sort (or any 400 on a sorted search): the tenant refused to sort so. */
function isSortRefusal(error: unknown, built: SearchRequest): boolean {
  const sorted = built.query.$orderby !== 'id asc'
  return sorted && isLoanProError(error) && error.kind === 'http' && error.status === 400
}

/**
 * One page of a search. A page past the 10,000 window is not asked for (LoanPro would
 * refuse it); a sort the tenant refuses is asked again by id, and the answer says so.
 */
export function searchCustomers(
  client: LoanProClient,
  params: CustomerSearchParams,
  signal?: AbortSignal,
  onShortAnswer?: OnShortAnswer,
): Promise<CustomerSearchResult & { request: ApiRequestInfo }> {
  return searchAt(client, buildCustomerSearchRequest(params), signal, onShortAnswer)
}

/** `$top` rows of a search from row `start` (0-based), as searchCustomers asks them. */
export function searchFrom(
  client: LoanProClient,
  params: Omit<CustomerSearchParams, 'page' | 'pageSize'>,
  start: number,
  top: number,
  signal?: AbortSignal,
): Promise<CustomerSearchResult & { request: ApiRequestInfo }> {
  const built = buildCustomerSearchRequest({ ...params, page: 1, pageSize: top })
  return searchAt(client, { ...built, query: { ...built.query, $start: start } }, signal)
}

async function searchAt(
  client: LoanProClient,
  built: SearchRequest,
  signal?: AbortSignal,
  onShortAnswer?: OnShortAnswer,
): Promise<CustomerSearchResult & { request: ApiRequestInfo }> {
  if (built.query.$start + built.query.$top > SEARCH_RESULT_WINDOW) throw windowError(built)
  try {
    return await searchPage(client, built, signal, onShortAnswer)
  } catch (error) {
    if (isLoanProError(error) && /result window/i.test(error.serverMessage ?? '')) {
      throw windowError(built)
    }
    if (!isSortRefusal(error, built)) throw error
    const result = await searchPage(client, withIdSort(built), signal)
    return { ...result, sortRefused: true }
  }
}

/** The matches of a search with an id above `afterId`, by id (keyset paging past 10,000). */
export function searchAfterId(
  client: LoanProClient,
  params: Pick<CustomerSearchParams, 'q' | 'status' | 'customerType'>,
  afterId: number,
  top: number,
  signal?: AbortSignal,
): Promise<CustomerSearchResult & { request: ApiRequestInfo }> {
  return searchPage(client, buildKeysetRequest(params, afterId, top), signal)
}

export interface IdLookup {
  rows: CustomerSummary[]
  /**
   * The answers were shown complete (rows received = LoanPro's total): an id absent from
   * `rows` does not exist. When false, an absent id is unknown, never "does not exist".
   */
  complete: boolean
  request: ApiRequestInfo
}

/**
 * One look-up request: the customers among `ids` (up to SEARCH_RESULT_WINDOW, 10,000) that
 * this answer brought, in id order, and whether it was shown complete. An id absent from an
 * answer that was not complete is unknown: ask again (lookupCustomersByIds does; the import
 * engine's look-up folds such ids into its next request).
 */
export async function lookupCustomersOnce(
  client: LoanProClient,
  ids: readonly number[],
  signal?: AbortSignal,
): Promise<IdLookup> {
  if (ids.length === 0) throw new RangeError('No ids to look up.')
  const built = buildIdLookupRequest(ids)
  const { rows, total } = await post(client, built, signal)
  const asked = new Set(ids)
  const found = new Map<number, CustomerSummary>()
  for (const row of rows) if (asked.has(row.id)) found.set(row.id, row)
  return {
    rows: [...found.values()],
    // Complete: every match of this look-up came, so the ids still absent do not exist.
    complete: total !== null && rows.length >= total,
    request: searchInfo(client, built),
  }
}

/**
 * The customers among `ids` (up to SEARCH_RESULT_WINDOW, 10,000) that exist. A short answer
 * is followed by a look-up of the ids not yet seen, until the rows received match the total.
 */
export async function lookupCustomersByIds(
  client: LoanProClient,
  ids: readonly number[],
  signal?: AbortSignal,
): Promise<IdLookup> {
  if (ids.length === 0) throw new RangeError('No ids to look up.')
  const request = searchInfo(client, buildIdLookupRequest(ids))
  const found = new Map<number, CustomerSummary>()
  let pending = [...new Set(ids)]
  for (let idle = 0; idle <= SHORT_ANSWER_RETRIES && pending.length > 0;) {
    const answer = await lookupCustomersOnce(client, pending, signal)
    const before = found.size
    for (const row of answer.rows) found.set(row.id, row)
    if (answer.complete) return { rows: [...found.values()], complete: true, request }
    pending = pending.filter((id) => !found.has(id))
    idle = found.size > before ? 0 : idle + 1
  }
  return { rows: [...found.values()], complete: pending.length === 0, request }
}

/** The tenant's customer statuses (a `terms` aggregation), most used first. */
export async function fetchCustomerStatuses(
  client: LoanProClient,
  signal?: AbortSignal,
): Promise<string[]> {
  const built = buildStatusCountsRequest()
  const d = await client.request('POST', built.path, {
    query: built.query,
    body: built.body,
    signal,
  })
  return parseStatusCounts(d)
}
