import { QueryClient } from '@tanstack/react-query'
import { trackFetchStarts } from './fetch-started-at'
import { isLoanProError } from './loanpro-error'

/** Revisiting within a minute makes no request. */
export const CUSTOMER_STALE_TIME_MS = 60_000

/** An answer no view shows any more is dropped after this long. */
const UNUSED_CACHE_MS = 5 * 60_000

/** Tries after the first for a read that may succeed unchanged. */
const MAX_RETRIES = 2

/**
 * The one retry rule for reads: only what may succeed unchanged (429, 5xx, network, timeout),
 * at most twice; a 401 or 409 fails at once so the person sees why.
 */
export function retryLoanProQuery(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isLoanProError(error) && error.retryable
}

/**
 * The app's QueryClient. Mutations never retry by themselves: a DELETE is only repeated when
 * someone asks. It notes when each fetch starts (fetch-started-at.ts).
 */
export function createAppQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: CUSTOMER_STALE_TIME_MS,
        gcTime: UNUSED_CACHE_MS,
        refetchOnWindowFocus: false,
        retry: retryLoanProQuery,
      },
      mutations: { retry: false },
    },
  })
  trackFetchStarts(queryClient)
  return queryClient
}
