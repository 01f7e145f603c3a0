import {
  hashKey,
  keepPreviousData,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { CustomerSummary } from '../../api/customer-readers'
import { SEARCH_RESULT_WINDOW } from '../../api/search-query'
import { useSlowAnswer } from '../../api/slow-answer'
import { useCustomerQueries } from '../../api/use-customer-queries'
import { afterPaintWhenIdle } from '../../lib/after-next-paint'
import {
  hasFilters,
  hasPrivateQuery,
  listStateToSearch,
  parseListState,
  planListChange,
  type CustomerListState,
  type ListChange,
} from './customers-list-url'

/** A whole number typed in the search box: the customer id it may be. */
function searchedId(q: string): number | null {
  if (!/^\d+$/.test(q)) return null
  const id = Number(q)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

function matchesFilters(customer: CustomerSummary, state: CustomerListState): boolean {
  if (state.customerType && customer.customerType !== state.customerType) return false
  return !state.status || customer.status?.toLowerCase() === state.status.toLowerCase()
}

/**
 * The list: its state, read from the URL, `change` to move it, and the page of customers it
 * shows. `change` writes the URL and starts the request at once, before the router renders
 * the new URL (the list's query then joins that fetch: one request), and applies to the
 * newest URL, so two quick changes (reset Status, then Type) both stick.
 *
 * The previous rows stay while the next arrive (a newer key cancels the older request
 * through its AbortSignal), the next page is fetched ahead, and a whole-number search pins
 * the customer with that id at the top of page 1.
 */
export function useCustomersList() {
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  const [searchParams, setSearchParams] = useSearchParams()
  const url = searchParams.toString()
  const state = useMemo(() => parseListState(new URLSearchParams(url)), [url])
  const latest = useRef(url)
  useEffect(() => {
    latest.current = url
  }, [url])

  // An SSN typed into a link or bookmark leaves the URL (and this history entry) at once.
  const privateInUrl = hasPrivateQuery(searchParams)
  useEffect(() => {
    if (privateInUrl) setSearchParams(listStateToSearch(state), { replace: true })
  }, [privateInUrl, state, setSearchParams])

  // The URL on screen when a change started, until the URL has moved: the rows on screen
  // show as stale at once rather than after the router's (transition) render.
  const [startedFrom, setStartedFrom] = useState<string | null>(null)
  const [seen, setSeen] = useState(url)
  if (seen !== url) {
    setSeen(url)
    setStartedFrom(null)
  }
  const lastStarted = useRef<QueryKey | null>(null)

  const change = useCallback(
    (next: ListChange): CustomerListState => {
      const from = latest.current
      const plan = planListChange(new URLSearchParams(from), next)
      const target = plan.search.toString()
      if (target === from) return plan.state
      latest.current = target
      setSearchParams(plan.search, { replace: plan.replace })
      // A started search that the list never showed is cancelled when the next one starts;
      // the ones it shows are cancelled by the list's query when its key moves on.
      const options = queries.search(plan.state)
      const last = lastStarted.current
      if (last && hashKey(last) !== hashKey(options.queryKey)) {
        void queryClient.cancelQueries({
          queryKey: last,
          exact: true,
          predicate: (query) => query.getObserversCount() === 0,
        })
      }
      lastStarted.current = options.queryKey
      void queryClient.prefetchQuery(options)
      setStartedFrom(target === url ? null : url)
      return plan.state
    },
    [queries, queryClient, setSearchParams, url],
  )

  const searchOptions = queries.search(state)
  const search = useQuery({ ...searchOptions, placeholderData: keepPreviousData })
  const isSlow = useSlowAnswer({ queryKey: searchOptions.queryKey, exact: true }, search.isFetching)
  const rows = search.data?.rows
  const total = search.data?.total ?? null
  // A short first answer's rows show while the rest of the page comes, but the page is not
  // settled until it has (what follows a settled page waits: the next page, an id's pin).
  const settled = search.isSuccess && !search.isPlaceholderData && !search.data.filling
  // No page past the 10,000 window: LoanPro refuses it (the list says so, search-notices.tsx).
  const maxPage = Math.max(1, Math.floor(SEARCH_RESULT_WINDOW / state.pageSize))
  const mayHaveNextPage =
    state.page < maxPage &&
    (total === null ? (rows?.length ?? 0) >= state.pageSize : state.page * state.pageSize < total)

  // The id match is usually in the page already; only look it up when it may sit further on.
  const id = state.page === 1 ? searchedId(state.q) : null
  const idOnPage = id !== null && rows?.some((row) => row.id === id) === true
  const exact = useQuery({
    ...queries.exactId(id ?? 0),
    enabled: id !== null && settled && !idOnPage && mayHaveNextPage,
  })

  useEffect(() => {
    if (!settled || !mayHaveNextPage) return
    // Once the rows are painted and the page is idle: building and sending it is no part of
    // their first paint, nor of what follows it at once (a click on a row).
    return afterPaintWhenIdle(
      () => void queryClient.prefetchQuery(queries.search({ ...state, page: state.page + 1 })),
    )
  }, [settled, mayHaveNextPage, queryClient, queries, state])

  const pinned = idOnPage
    ? rows?.find((row) => row.id === id)
    : exact.data?.rows.find((row) => row.id === id && matchesFilters(row, state))
  const fresh = !search.isPlaceholderData
  const shownRows =
    rows && pinned && fresh ? [pinned, ...rows.filter((row) => row.id !== pinned.id)] : rows

  const view = {
    rows: shownRows,
    total,
    pinnedId: pinned && fresh ? pinned.id : null,
    sortRefused: search.data?.sortRefused === true,
    mayHaveNextPage,
    maxPage,
    /** A customer filter (not the search text) narrows the list. */
    filtered: hasFilters(state),
    /** Rows on screen belong to the previous search while the next one loads (or starts). */
    isStale: search.isPlaceholderData,
    /**
     * The rows on screen are not this page's last word: the previous search's, or a short first
     * answer's while the rest of the page comes (not once asking for it has failed: the error
     * says so then).
     */
    updating:
      Boolean(rows) &&
      (search.isPlaceholderData ||
        startedFrom === url ||
        (search.data?.filling === true && search.isFetching)),
    isFetching: search.isFetching,
    isSlow,
    error: search.error,
    refetch: () => void search.refetch(),
  }
  return { state, change, view }
}

export type CustomersListView = ReturnType<typeof useCustomersList>['view']
