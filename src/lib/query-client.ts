import { QueryClient } from '@tanstack/react-query'

interface ErrorWithRetryHint {
  retryable?: boolean
  kind?: string
}

/**
 * Reads are retried only when another try can help (rate limit, 5xx, network, timeout) and at
 * most twice; a 401 or 409 fails at once so the person sees why. Mutations never retry by
 * themselves: a DELETE is only repeated when someone asks.
 */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (error as ErrorWithRetryHint | null)?.retryable === true,
      },
      mutations: { retry: false },
    },
  })
}
