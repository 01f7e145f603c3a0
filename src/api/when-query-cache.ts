import type { QueryClient } from '@tanstack/react-query'

/** Settles once `done()` holds: checked now, then on every change of the query cache. */
export function whenQueryCache(queryClient: QueryClient, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve()
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (!done()) return
      unsubscribe()
      resolve()
    })
  })
}
