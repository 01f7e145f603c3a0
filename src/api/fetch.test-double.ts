import { vi } from 'vitest'

/*
 * Test-only: a fetch that answers from a function, so the adapter's unit tests are
 * deterministic and independent of the demo tenant. Records every call.
 */

export interface RecordedCall {
  url: string
  method: string
  headers: Headers
  body: string | null
  signal: AbortSignal | null
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  })
}

export function stubFetch(answer: (call: RecordedCall) => Response | Promise<Response>) {
  const calls: RecordedCall[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: RecordedCall = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : null,
      signal: init?.signal ?? null,
    }
    calls.push(call)
    return answer(call)
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls }
}

/** A fetch that never answers, but rejects like the real one when its signal aborts. */
export function hangingFetch(): typeof globalThis.fetch {
  return (_input, init) =>
    new Promise((_resolve, reject) => {
      const signal = init?.signal
      signal?.addEventListener(
        'abort',
        () => reject(new DOMException('The operation was aborted.', 'AbortError')),
        { once: true },
      )
    })
}
