import { http, type RequestHandler } from 'msw'
import { faultResponse, sleep } from './fault-responses'
import { mulberry32, type Random } from './random'
import { CORS_HEADERS, unauthorized } from './http-responses'
import { customerIdInPath, routeLoanProRequest } from './loanpro-routes'
import type { RequestLogEntry, TenantStore } from './tenant-store'

export const API_PATH_MARKER = '/api/public/api/1/'

export interface LoanProHandlerOptions {
  /**
   * The answers travel over real HTTP, where the browser itself hides unexposed headers from a
   * cross-origin page (the standalone server): `Retry-After` is sent, as LoanPro may send it,
   * and only a same-origin caller such as the server proxy can read it. In MSW (the demo and
   * Vitest) nothing enforces CORS, so the fake drops the header to model the browser.
   */
  realHttp?: boolean
  /** Serve only this base URL; by default any URL whose path holds `/api/public/api/1/`. */
  baseUrl?: string
}

/** Splits a URL into the API base and the path below it, or undefined when it is not ours. */
export function splitApiUrl(
  url: URL,
  baseUrl?: string,
): { base: string; path: string } | undefined {
  const href = `${url.origin}${url.pathname}`
  if (baseUrl) {
    if (!href.startsWith(baseUrl)) return undefined
    return { base: baseUrl, path: decodeURIComponent(href.slice(baseUrl.length)) }
  }
  const at = url.pathname.indexOf(API_PATH_MARKER)
  if (at < 0) return undefined
  const end = at + API_PATH_MARKER.length
  return {
    base: `${url.origin}${url.pathname.slice(0, end)}`,
    path: decodeURIComponent(url.pathname.slice(end)),
  }
}

function authProblem(store: TenantStore, request: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/.exec(request.headers.get('Authorization') ?? '')
  const tenant = request.headers.get('Autopal-Instance-ID')?.trim()
  if (!bearer?.[1]) return 'Missing or malformed Authorization header (expected "Bearer <token>")'
  if (!tenant) return 'Missing Autopal-Instance-ID header'
  if (store.auth.token !== undefined && bearer[1] !== store.auth.token) return 'Invalid token'
  if (store.auth.tenantId !== undefined && tenant !== store.auth.tenantId) return 'Invalid tenant'
  return undefined
}

// Dice for the strict fake's "sometimes" behaviours, one seeded stream per store.
const strictDice = new WeakMap<TenantStore, Random>()

function roll(store: TenantStore): number {
  let dice = strictDice.get(store)
  if (!dice) strictDice.set(store, (dice = mulberry32(7)))
  return dice()
}

/**
 * The answer as LoanPro's edge shapes it (docs/loanpro-api.md §8): CORS headers as recorded, so a
 * browser cannot read `Retry-After`; and some error bodies wrapped in `d`.
 */
async function asRecorded(
  store: TenantStore,
  response: Response,
  realHttp = false,
): Promise<Response> {
  const strict = store.strictness
  if (!strict.recordedCors && strict.errorsInDRate <= 0) return response
  const headers = new Headers(response.headers)
  if (strict.recordedCors) {
    headers.delete('Access-Control-Expose-Headers')
    headers.set('Access-Control-Max-Age', '86400')
    headers.set('Access-Control-Allow-Credentials', 'true')
    // Not exposed, so a cross-origin caller never sees it: without real HTTP, the fake models
    // that caller.
    if (!realHttp) headers.delete('Retry-After')
  }
  let body: BodyInit | null = response.body
  if (!response.ok && response.status >= 400 && roll(store) < strict.errorsInDRate) {
    const text = await response.text()
    try {
      body = JSON.stringify({ d: JSON.parse(text) as unknown })
    } catch {
      body = text
    }
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}

/** Resolves one request against the fake tenant; undefined when the URL is not the API's. */
export async function resolveLoanProRequest(
  store: TenantStore,
  request: Request,
  options: LoanProHandlerOptions = {},
): Promise<Response | undefined> {
  const url = new URL(request.url)
  let split: ReturnType<typeof splitApiUrl>
  try {
    split = splitApiUrl(url, options.baseUrl)
  } catch {
    return undefined // a malformed %-escape: not a URL the client would send
  }
  if (!split) return undefined
  const method = request.method.toUpperCase()
  const entry: RequestLogEntry = {
    method,
    path: split.path,
    query: decodeURIComponent(url.search.replace(/^\?/, '')),
    time: Date.now(),
    customerId: customerIdInPath(split.path),
  }
  store.log(entry)
  const respond = (response: Response) => {
    entry.status = response.status
    // A network error (Response.error()) has no headers or body to shape.
    return response.type === 'error' ? response : asRecorded(store, response, options.realHttp)
  }
  if (method === 'OPTIONS')
    return respond(new Response(null, { status: 204, headers: CORS_HEADERS }))
  const problem = authProblem(store, request)
  if (problem) return respond(unauthorized(problem))

  const knobs = store.faults.settings
  const before = store.faults.decide(method, split.path, 'before')
  await sleep(knobs.latencyMs, request.signal)
  if (before && before !== 'truncate') {
    entry.fault = before
    return respond(await faultResponse(before, knobs, request.signal))
  }
  const response = await routeLoanProRequest(store, {
    method,
    path: split.path,
    params: url.searchParams,
    base: split.base,
    readBody: () => request.text(),
  })
  // A fault after the request took effect: the delete happened, the answer is lost.
  const after = before ?? (response.ok ? store.faults.decide(method, split.path, 'after') : null)
  if (after) {
    entry.fault = after
    return respond(await faultResponse(after, knobs, request.signal, response))
  }
  return respond(response)
}

/** MSW handlers for the fake LoanPro tenant; one catch-all, routed by our own small router. */
export function createLoanProHandlers(
  store: TenantStore | (() => TenantStore),
  options: LoanProHandlerOptions = {},
): RequestHandler[] {
  // A getter lets tests swap in a fresh store without re-registering handlers.
  const current = typeof store === 'function' ? store : () => store
  // Match only API URLs, so that any other request stays "unhandled" for msw.
  const pattern = options.baseUrl ? `${options.baseUrl}*` : `*${API_PATH_MARKER}*`
  return [http.all(pattern, ({ request }) => resolveLoanProRequest(current(), request, options))]
}
