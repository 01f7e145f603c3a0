import { getResponse, type RequestHandler } from 'msw'

/**
 * `fetch` answered by msw's own handlers on this page (`getResponse`), as the service worker
 * would answer it once it controls the page: the same handlers, store, latency and faults. A
 * URL no handler serves goes to `passthrough` (the network), as msw's "bypass" sends it.
 *
 * It behaves as the browser's `fetch` does where the app can tell: an abort rejects at once
 * (with the signal's reason), and a network error (`Response.error()`, a dropped request)
 * rejects with a TypeError instead of resolving. Such an answer is on no Network panel: each
 * one is a performance measure named `demo GET <url>` instead (DevTools' Performance panel,
 * the bench's timings).
 */
export function createInPageFetch(
  handlers: readonly RequestHandler[],
  passthrough: typeof fetch,
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init)
    const signal = request.signal
    signal.throwIfAborted()
    const start = performance.now()
    const response = await untilAborted(getResponse([...handlers], request), signal)
    if (!response) return passthrough(input, init)
    performance.measure(`demo ${request.method} ${request.url}`, { start })
    if (response.type === 'error') throw new TypeError('Failed to fetch')
    return response
  }
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
