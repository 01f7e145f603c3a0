import type { ApiConnection } from './connection'
import { parseRetryAfter, readErrorMessage, readErrorShapeMessage } from './http-error-body'
import { LoanProError, type LoanProErrorInit, type LoanProErrorKind } from './loanpro-error'

export const DEFAULT_TIMEOUT_MS = 20_000

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'
export type QueryParams = Readonly<Record<string, string | number | undefined>>

export interface RequestOptions {
  query?: QueryParams
  body?: unknown
  signal?: AbortSignal
  /** Extra headers for the app's own server (never credentials: those come from the connection). */
  headers?: Readonly<Record<string, string>>
  /**
   * false: accept any 2xx body (empty, not JSON, no `d`) and return the parsed JSON or null.
   * Used for DELETE, whose success body is undocumented.
   */
  envelope?: boolean
}

/** The method and full URL of a request, for the UI's "Show the request". Never has a token. */
export interface ApiRequestInfo {
  method: HttpMethod
  url: string
}

export interface LoanProClient {
  /**
   * Sends one request and returns the root `d` of the JSON body, UNWRAPPED (`d` may be null).
   * Throws LoanProError for every failure, including a 2xx without a readable `d`.
   */
  request(method: HttpMethod, path: string, options?: RequestOptions): Promise<unknown>
  /** The full URL of `path` relative to the base URL, with `query` encoded readably. */
  url(path: string, query?: QueryParams): string
}

// LoanPro's docs write `$expand=PaymentAccounts/CheckingAccount` and `Customers(1001)`: keep
// those characters readable instead of percent-encoding them (all are legal in a query).
const READABLE = { '%24': '$', '%28': '(', '%29': ')', '%2C': ',', '%2F': '/' } as const

function encodeReadably(text: string): string {
  return encodeURIComponent(text).replace(
    /%24|%28|%29|%2C|%2F/g,
    (code) => READABLE[code as keyof typeof READABLE],
  )
}

export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const pairs = Object.entries(query ?? {}).flatMap(([key, value]) =>
    value === undefined ? [] : [`${encodeReadably(key)}=${encodeReadably(String(value))}`],
  )
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const relative = path.replace(/^\/+/, '')
  return pairs.length > 0 ? `${base}${relative}?${pairs.join('&')}` : `${base}${relative}`
}

function kindForStatus(status: number): LoanProErrorKind {
  if (status === 401) return 'unauthorized'
  if (status === 404) return 'not-found'
  if (status === 409) return 'conflict'
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'server'
  return 'http'
}

export function createLoanProClient(
  connection: ApiConnection,
  options: { fetch?: typeof fetch } = {},
): LoanProClient {
  // Resolved per call so that test spies and MSW patches installed later still apply.
  const doFetch: typeof fetch = (input, init) => (options.fetch ?? globalThis.fetch)(input, init)
  const timeoutMs = connection.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const token = connection.token

  // A server may echo the token back in an error body: never let it reach a message. PHP
  // (LoanPro's platform) writes `/` in JSON as `\/`, so the body may hold that form instead.
  const tokenForms = token ? [token, token.replace(/\//g, '\\/')] : []
  const redact = (text: string | undefined) =>
    text ? tokenForms.reduce((out, form) => out.split(form).join('[token]'), text) : text

  function headers(): Headers {
    const result = new Headers({ Accept: 'application/json', 'Content-Type': 'application/json' })
    if (token) result.set('Authorization', `Bearer ${token}`)
    if (connection.tenantId) result.set('Autopal-Instance-ID', connection.tenantId)
    return result
  }

  async function request(method: HttpMethod, path: string, opts: RequestOptions = {}) {
    const url = buildUrl(connection.baseUrl, path, opts.query)
    const fail = (kind: LoanProErrorKind, extra: Partial<LoanProErrorInit> = {}) =>
      new LoanProError({ kind, method, path, ...extra })

    if (opts.signal?.aborted) throw fail('aborted', { cause: opts.signal.reason })
    // One controller for the caller's signal and the timeout, so both end the fetch and the
    // body read; which one fired decides the error kind.
    const controller = new AbortController()
    let timedOut = false
    const onCallerAbort = () => controller.abort(opts.signal?.reason)
    opts.signal?.addEventListener('abort', onCallerAbort, { once: true })
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort(new DOMException('LoanPro did not answer in time', 'TimeoutError'))
    }, timeoutMs)

    const cancelled = (cause: unknown) =>
      opts.signal?.aborted
        ? fail('aborted', { cause })
        : timedOut
          ? fail('timeout', { cause })
          : null

    try {
      let requestHeaders: Headers
      try {
        requestHeaders = headers()
        for (const [name, value] of Object.entries(opts.headers ?? {})) {
          requestHeaders.set(name, value)
        }
      } catch {
        // A token or tenant id that cannot travel in a header. The platform's error quotes
        // the value, so it is dropped rather than kept as the cause.
        throw fail('unauthorized')
      }
      let response: Response
      let text: string
      try {
        response = await doFetch(url, {
          method,
          headers: requestHeaders,
          body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
          signal: controller.signal,
        })
        text = await response.text()
      } catch (cause) {
        throw cancelled(cause) ?? fail('network', { cause })
      }

      if (!response.ok) {
        const status = response.status
        throw fail(kindForStatus(status), {
          status,
          serverMessage: redact(readErrorMessage(text)),
          retryAfterMs:
            status === 429 || status === 503
              ? parseRetryAfter(response.headers.get('Retry-After'))
              : undefined,
        })
      }
      return readEnvelope(text, opts.envelope ?? true, (cause, json) =>
        fail('bad-response', {
          status: response.status,
          cause,
          // A 200 without `d` that carries one of LoanPro's error shapes: keep its words.
          serverMessage: json === undefined ? undefined : redact(readErrorShapeMessage(json)),
        }),
      )
    } finally {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onCallerAbort)
    }
  }

  return { request, url: (path, query) => buildUrl(connection.baseUrl, path, query) }
}

function readEnvelope(
  text: string,
  envelope: boolean,
  badResponse: (cause?: unknown, json?: unknown) => LoanProError,
): unknown {
  let json: unknown
  try {
    json = text.trim() === '' ? undefined : (JSON.parse(text) as unknown)
  } catch (cause) {
    if (envelope) throw badResponse(cause)
    return null
  }
  if (!envelope) return json ?? null
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('d' in json)) {
    throw badResponse(undefined, json)
  }
  return json.d
}
