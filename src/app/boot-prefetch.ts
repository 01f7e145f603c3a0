import type { QueryClient } from '@tanstack/react-query'
import { customerQueries } from '../api/customer-queries'
import { backdateFetchStart } from '../api/fetch-started-at'
import { prefetchCustomer } from '../api/fetch-style'
import type { LoanProClient } from '../api/http-client'
import { parseListState } from '../features/customers-list/customers-list-url'
import { earlySearchStartedAt, LIST_PATH } from './connection/early-search'

const OVERVIEW_PATH = /^\/customers\/(\d{1,15})(?:\/|$)/

/**
 * Starts the request of the page the URL opens before the first render, in parallel with its
 * code, under the very query key the page will read (the list's search for the URL's list
 * state; the overview's customer). The page then finds it running or answered. Settles when
 * the list's answer is in (or failed); at once for other pages.
 */
export function prefetchLandingData(
  queryClient: QueryClient,
  client: LoanProClient,
  { pathname, search }: { pathname: string; search: string },
): Promise<void> {
  const queries = customerQueries(client)
  if (LIST_PATH.test(pathname)) {
    // `/` redirects to a plain `/customers`, without the search.
    const listSearch = pathname === '/' ? '' : search
    const options = queries.search(parseListState(new URLSearchParams(listSearch)))
    // Read before the request adopts the head script's search (and clears it).
    const earlyAt = earlySearchStartedAt()
    // prefetchQuery never rejects: a failure is in the cache for the page to show.
    const answered = queryClient.prefetchQuery(options)
    // That search is this request, sent sooner: a slow answer is counted from then.
    if (earlyAt !== undefined) backdateFetchStart(queryClient, options.queryKey, earlyAt)
    return answered
  }
  const id = Number(OVERVIEW_PATH.exec(pathname)?.[1] ?? Number.NaN)
  if (Number.isSafeInteger(id) && id > 0) prefetchCustomer(queryClient, queries, id)
  return Promise.resolve()
}
