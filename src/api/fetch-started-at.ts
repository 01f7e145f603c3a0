import type { QueryClient, QueryKey } from '@tanstack/react-query'

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

/** When the query's current fetch began (`performance.now()` time), if it is fetching. */
export function fetchStartedAt(queryClient: QueryClient, queryKey: QueryKey): number | undefined {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true })
  return query?.state.fetchStatus === 'fetching' ? started.get(query) : undefined
}
