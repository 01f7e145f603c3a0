import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { customerKeys } from '../../api/customer-queries'

/**
 * Drops the customer's detail, `$expand` and nested entries. An entry that a mounted view
 * still observes (the overview that is navigating away) is removed only once its last
 * observer leaves: removing it earlier makes that view refetch a customer that is gone and
 * flash "not found" (a 409) before the navigation lands.
 */
export function removeDetailWhenUnobserved(queryClient: QueryClient, id: number) {
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
