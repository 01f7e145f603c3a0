import { skipToken, useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { customerKeys } from './customer-keys'
import type { CustomerSearchResult } from './search-query'

/** Customers picked for removal on the list, handed to the import (router state) as is. */
export interface RemovalSelection {
  ids: number[]
  /** Where the ids came from, for the import's confirmation and history. */
  label: string
}

/*
 * Customers this app removed, kept out of search results for a while: LoanPro's search index
 * lags a delete (docs/loanpro-api.md §8), so a search right after it may still return the
 * customer. The memory lives in the QueryClient (one per connection), not in a module.
 */

/** How long a removed customer stays hidden from search answers. */
export const REMOVED_HIDE_MS = 5 * 60_000
/** When LoanPro's index has usually caught up: searches are asked again then. */
export const INDEX_CATCH_UP_MS = 3_000

const REMOVED_KEY = customerKeys.removed()
/** Never collected: a removal is remembered for as long as the connection lives. */
const REMOVED_GC_TIME = Infinity

type RemovedAt = ReadonlyMap<number, number>

/**
 * The customers this app removed (id → when), for a view to react to; read, never asked for.
 * Undefined until the first removal.
 */
export function useRemovedCustomers(): RemovedAt | undefined {
  return useQuery<RemovedAt>({ queryKey: REMOVED_KEY, queryFn: skipToken, gcTime: REMOVED_GC_TIME })
    .data
}

function recentlyRemoved(queryClient: QueryClient, now = Date.now()): Set<number> {
  const removed = queryClient.getQueryData<RemovedAt>(REMOVED_KEY)
  const ids = new Set<number>()
  for (const [id, at] of removed ?? []) if (now - at < REMOVED_HIDE_MS) ids.add(id)
  return ids
}

/** A search page without `gone`; the same object when none of them was on it. */
export function withoutCustomers<T extends CustomerSearchResult>(
  data: T | undefined,
  gone: ReadonlySet<number>,
): T | undefined {
  if (!data?.rows.some((row) => gone.has(row.id))) return data
  const rows = data.rows.filter((row) => !gone.has(row.id))
  const dropped = data.rows.length - rows.length
  return { ...data, rows, total: data.total === null ? null : Math.max(0, data.total - dropped) }
}

/** A search answer as the list should show it: without what this app just removed. */
export function hideRemoved<T extends CustomerSearchResult>(queryClient: QueryClient, data: T): T {
  const gone = recentlyRemoved(queryClient)
  return gone.size === 0 ? data : (withoutCustomers(data, gone) ?? data)
}

/**
 * The one "customers removed" routine (single delete, bulk and import): remembers them, takes
 * them out of every cached search page at once, asks the searches again now and once the
 * index has caught up (a page that did not hold a row may still have counted it), and drops
 * their detail entries.
 */
export function forgetRemovedCustomers(queryClient: QueryClient, ids: Iterable<number>): void {
  const now = Date.now()
  const removed = new Map(queryClient.getQueryData<RemovedAt>(REMOVED_KEY))
  for (const id of ids) {
    removed.set(id, now)
    removeDetailWhenUnobserved(queryClient, id)
  }
  queryClient.setQueryData(REMOVED_KEY, removed)
  queryClient.setQueryDefaults(REMOVED_KEY, { gcTime: REMOVED_GC_TIME })
  const gone = recentlyRemoved(queryClient, now)
  queryClient.setQueriesData<CustomerSearchResult>({ queryKey: customerKeys.searches() }, (data) =>
    withoutCustomers(data, gone),
  )
  const refresh = () => void queryClient.invalidateQueries({ queryKey: customerKeys.searches() })
  refresh()
  setTimeout(refresh, INDEX_CATCH_UP_MS)
}

/**
 * Drops the customer's detail, `$expand` and nested entries. An entry that a mounted view
 * still observes (the overview that is navigating away) is removed only once its last
 * observer leaves: removing it earlier makes that view refetch a customer that is gone and
 * flash "not found" (a 409) before the navigation lands.
 */
function removeDetailWhenUnobserved(queryClient: QueryClient, id: number) {
  const cache = queryClient.getQueryCache()
  const queryKey = customerKeys.detail(id)
  void queryClient.cancelQueries({ queryKey })
  // Removes what nobody watches; true while something is still watched.
  const sweep = () => {
    const entries = cache.findAll({ queryKey })
    for (const query of entries) if (query.getObserversCount() === 0) cache.remove(query)
    return entries.some((query) => query.getObserversCount() > 0)
  }
  if (!sweep()) return
  const unsubscribe = cache.subscribe((event) => {
    if (
      event.type === 'observerRemoved' &&
      isDetailOf(event.query.queryKey as QueryKey, id) &&
      !sweep()
    )
      unsubscribe()
  })
}

function isDetailOf(queryKey: QueryKey, id: number): boolean {
  return customerKeys.detail(id).every((part, index) => queryKey[index] === part)
}
