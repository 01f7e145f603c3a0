import { QueryClient } from '@tanstack/react-query'
import { fetchStartedAt, trackFetchStarts } from './fetch-started-at'

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
    const started = fetchStartedAt(queryClient, ['k'])
    expect(started).toBeGreaterThanOrEqual(before)
    expect(started).toBeLessThanOrEqual(performance.now())
    await vi.waitFor(() => expect(tries).toBe(2))
    expect(fetchStartedAt(queryClient, ['k'])).toBe(started)
    answer()
    await done
    expect(fetchStartedAt(queryClient, ['k'])).toBeUndefined()
    expect(fetchStartedAt(queryClient, ['other'])).toBeUndefined()
  })

  it('knows nothing of a client that does not track', () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery({ queryKey: ['k'], queryFn: () => new Promise(() => {}) })
    expect(fetchStartedAt(queryClient, ['k'])).toBeUndefined()
  })
})
