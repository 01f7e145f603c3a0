import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { CustomerSummary } from '../../api/customer-schema'
import { SEARCH_RESULT_WINDOW } from '../../api/search-query'
import { useCustomerQueries } from '../../api/use-customer-queries'
import type { CustomerListState } from './customers-list-url'

/** After this long without an answer the page says LoanPro is slow. */
export const SLOW_AFTER_MS = 1000

/** A whole number typed in the search box: the customer id it may be. */
export function searchedId(q: string): number | null {
  if (!/^\d+$/.test(q)) return null
  const id = Number(q)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

function matchesFilters(customer: CustomerSummary, state: CustomerListState): boolean {
  if (state.customerType && customer.customerType !== state.customerType) return false
  return !state.status || customer.status?.toLowerCase() === state.status.toLowerCase()
}

/** True once `active` has lasted `delayMs`; false again as soon as it stops. */
function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false)
  if (!active && elapsed) setElapsed(false)
  useEffect(() => {
    if (!active) return
    const timer = window.setTimeout(() => setElapsed(true), delayMs)
    return () => window.clearTimeout(timer)
  }, [active, delayMs])
  return active && elapsed
}

/**
 * The page of customers the URL asks for. The previous rows stay while the next arrive (a
 * newer key cancels the older request through its AbortSignal), the next page is fetched
 * ahead, and a whole-number search pins the customer with that id at the top of page 1.
 */
export function useCustomerSearch(state: CustomerListState) {
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  const search = useQuery({ ...queries.search(state), placeholderData: keepPreviousData })
  const isSlow = useDelayedFlag(search.isFetching, SLOW_AFTER_MS)

  const rows = search.data?.rows
  const total = search.data?.total ?? null
  const settled = search.isSuccess && !search.isPlaceholderData
  // No page past the 10,000 window: LoanPro refuses it (the list says so, search-notices.tsx).
  const mayHaveNextPage =
    (state.page + 1) * state.pageSize <= SEARCH_RESULT_WINDOW &&
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
    void queryClient.prefetchQuery(queries.search({ ...state, page: state.page + 1 }))
  }, [settled, mayHaveNextPage, queryClient, queries, state])

  const pinned = idOnPage
    ? rows?.find((row) => row.id === id)
    : exact.data?.rows.find((row) => row.id === id && matchesFilters(row, state))
  const shownRows =
    rows && pinned && !search.isPlaceholderData
      ? [pinned, ...rows.filter((row) => row.id !== pinned.id)]
      : rows

  return {
    rows: shownRows,
    total,
    pinnedId: pinned && !search.isPlaceholderData ? pinned.id : null,
    sortRefused: search.data?.sortRefused === true,
    mayHaveNextPage,
    /** Rows on screen belong to the previous search while the next one loads. */
    isStale: search.isPlaceholderData,
    isFetching: search.isFetching,
    isSlow,
    error: search.error,
    isRefetchError: search.isRefetchError,
    refetch: () => void search.refetch(),
  }
}

export type CustomerSearchView = ReturnType<typeof useCustomerSearch>
