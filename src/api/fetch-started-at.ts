import type { QueryClient, QueryFilters, QueryKey } from '@tanstack/react-query'

/** When each query's current fetch began (a retry is part of the same fetch). */
const started = new WeakMap<object, number>()

/**
 * Notes when each of the client's queries starts to fetch: React Query keeps no start time, and
 * a view that mounts after its request went out (the list's search starts at boot, before the
 * page's code has run) must count its wait from the request, not from its own mount.
 */
export function trackFetchStarts(queryClient: QueryClient): void {
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch') {
      started.set(event.query, performance.now())
    }
  })
}

/**
 * When the earliest running fetch of the queries matching `filters` began (a
 * `performance.now()` time); undefined when none of them is fetching.
 */
export function fetchStartedAt(
  queryClient: QueryClient,
  filters: Pick<QueryFilters, 'queryKey' | 'exact'>,
): number | undefined {
  const times = queryClient
    .getQueryCache()
    .findAll({ ...filters, fetchStatus: 'fetching' })
    .flatMap((query) => started.get(query) ?? [])
  return times.length > 0 ? Math.min(...times) : undefined
}

/**
 * The running fetch of `queryKey` began at `at` (a `performance.now()` time) if that is earlier:
 * its request was sent before the query asked for it (the head script's search).
 */
export function backdateFetchStart(queryClient: QueryClient, queryKey: QueryKey, at: number): void {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true })
  if (query?.state.fetchStatus !== 'fetching') return
  started.set(query, Math.min(started.get(query) ?? at, at))
}
