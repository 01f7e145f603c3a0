import type { QueryClient } from '@tanstack/react-query'
import { customerQueries } from '../api/customer-queries'
import { prefetchCustomer } from '../api/fetch-style'
import type { LoanProClient } from '../api/http-client'
import { parseListState } from '../features/customers-list/customers-list-url'
import { LIST_PATH } from './connection/early-search'

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
    // prefetchQuery never rejects: a failure is in the cache for the page to show.
    return queryClient.prefetchQuery(
      queries.search(parseListState(new URLSearchParams(listSearch))),
    )
  }
  const id = Number(OVERVIEW_PATH.exec(pathname)?.[1] ?? Number.NaN)
  if (Number.isSafeInteger(id) && id > 0) prefetchCustomer(queryClient, queries, id)
  return Promise.resolve()
}
