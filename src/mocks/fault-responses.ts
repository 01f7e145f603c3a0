import { HttpResponse } from 'msw'
import type { FaultKind, FaultKnobs } from './faults'
import { CORS_HEADERS, codeError, typedError } from './http-responses'

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}

/** Cuts a JSON body in half: a 200 whose body does not parse. */
async function truncated(response: Response): Promise<Response> {
  const text = await response.text()
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  return new Response(cut, {
    status: 200,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' },
  })
}

/**
 * The response for an injected fault. `response` is the real answer, when the request was
 * already processed (needed to truncate it).
 */
export async function faultResponse(
  kind: FaultKind,
  knobs: Readonly<FaultKnobs>,
  signal: AbortSignal,
  response?: Response,
): Promise<Response> {
  switch (kind) {
    case 'drop':
      return HttpResponse.error()
    case 'timeout':
      // Hang until the client gives up; if it never does, LoanPro answers a 500 (not a 504).
      await sleep(knobs.hangMs, signal)
      return signal.aborted
        ? HttpResponse.error()
        : typedError(500, 'TimeoutException', 'The request timed out.')
    case 'server-error':
      return typedError(500, 'ServerException', 'An internal server error occurred.')
    case 'rate-limit':
      return withRetryAfter(knobs.retryAfterSeconds)
    case 'truncate':
      return truncated(response ?? new Response('{"d":{"results":['))
    case 'no-d':
      return new Response(null, { status: 204, headers: CORS_HEADERS })
    case 'error-200':
      return typedError(200, 'TransactionWarningException', 'The request could not be completed.', {
        warnings: ['Please try again later.'],
      })
  }
}

function withRetryAfter(seconds: number | null): Response {
  const response = codeError(429, '429-RL0001', 'Too Many Requests', [
    'Rate limit exceeded, try again later',
  ])
  if (seconds !== null) response.headers.set('Retry-After', String(seconds))
  return response
}
