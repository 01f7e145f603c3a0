import { QueryClient } from '@tanstack/react-query'
import { fetchStartedAt, trackFetchStarts } from './fetch-started-at'

const never = () => new Promise<never>(() => {})

describe('fetchStartedAt', () => {
  it('is when the running fetch began, kept through a retry, and nothing once it settled', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } })
    trackFetchStarts(queryClient)
    let tries = 0
    let answer = (): void => undefined
    const before = performance.now()
    const done = queryClient.fetchQuery({
      queryKey: ['k'],
      retry: 1,
      queryFn: () => {
        tries += 1
        if (tries === 1) return Promise.reject(new Error('first try fails'))
        return new Promise<string>((resolve) => (answer = () => resolve('ok')))
      },
    })
    const started = fetchStartedAt(queryClient, { queryKey: ['k'], exact: true })
    expect(started).toBeGreaterThanOrEqual(before)
    expect(started).toBeLessThanOrEqual(performance.now())
    await vi.waitFor(() => expect(tries).toBe(2))
    expect(fetchStartedAt(queryClient, { queryKey: ['k'], exact: true })).toBe(started)
    answer()
    await done
    expect(fetchStartedAt(queryClient, { queryKey: ['k'], exact: true })).toBeUndefined()
    expect(fetchStartedAt(queryClient, { queryKey: ['other'] })).toBeUndefined()
  })

  it('is the earliest start among the running fetches under a key', async () => {
    const queryClient = new QueryClient()
    trackFetchStarts(queryClient)
    void queryClient.prefetchQuery({ queryKey: ['c', 1, 'a'], queryFn: never })
    const first = fetchStartedAt(queryClient, { queryKey: ['c', 1, 'a'], exact: true })
    await new Promise((resolve) => setTimeout(resolve, 20))
    void queryClient.prefetchQuery({ queryKey: ['c', 1, 'b'], queryFn: never })
    void queryClient.prefetchQuery({ queryKey: ['c', 2], queryFn: never })
    const later = fetchStartedAt(queryClient, { queryKey: ['c', 1, 'b'], exact: true })
    expect(later).toBeGreaterThan(first ?? Infinity)
    expect(fetchStartedAt(queryClient, { queryKey: ['c', 1] })).toBe(first)
    expect(fetchStartedAt(queryClient, { queryKey: ['c', 2] })).toBe(
      fetchStartedAt(queryClient, { queryKey: ['c', 2], exact: true }),
    )
  })
})
