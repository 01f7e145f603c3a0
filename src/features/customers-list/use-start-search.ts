import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useCustomerQueries } from '../../api/use-customer-queries'
import { listStateToSearch, type CustomerListState } from './customers-list-url'

/**
 * Starts the request for a list state before the URL (router → render → query key) gets
 * there, so the request leaves as soon as a search is committed, not a render later. It
 * uses the list's own query options: the list's query then joins this fetch, one request.
 * A started search that the list never showed is cancelled when the next one starts; the
 * ones the list shows are cancelled by the list when its key moves on.
 *
 * `starting` is true from then until the URL moves, so the rows on screen show as stale at
 * once rather than after the router's (transition) render.
 */
export function useStartSearch(state: CustomerListState) {
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  const lastKey = useRef<QueryKey | null>(null)
  const current = listStateToSearch(state).toString()
  // The URL the last start left from; cleared once the URL has moved (or moved back).
  const [startedFrom, setStartedFrom] = useState<string | null>(null)
  const [seen, setSeen] = useState(current)
  if (seen !== current) {
    setSeen(current)
    setStartedFrom(null)
  }

  const start = useCallback(
    (target: CustomerListState) => {
      const options = queries.search(target)
      const last = lastKey.current
      if (last && hashKey(last) !== hashKey(options.queryKey)) {
        void queryClient.cancelQueries({
          queryKey: last,
          exact: true,
          predicate: (query) => query.getObserversCount() === 0,
        })
      }
      lastKey.current = options.queryKey
      void queryClient.prefetchQuery(options)
      setStartedFrom(listStateToSearch(target).toString() === current ? null : current)
    },
    [queries, queryClient, current],
  )

  return { start, starting: startedFrom === current }
}
