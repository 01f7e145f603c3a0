/** Every failure of a LoanPro request, told apart so that the UI and the import queue can act on it. */
export type LoanProErrorKind =
  | 'unauthorized' // 401: bad token or tenant id
  | 'conflict' // 409: LoanPro's answer for a missing/invalid id, linked loans, warnings
  | 'not-found' // 404: rare, usually a wrong endpoint or unknown entity
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'http' // any other non-2xx status (400 and friends)
  | 'network' // fetch rejected: offline, DNS, CORS, dropped connection
  | 'timeout' // no answer within the client's timeout
  | 'aborted' // the caller cancelled (a newer search, an unmounted view)
  | 'bad-response' // 2xx whose body is not what LoanPro sends (truncated JSON, no `d`)

export interface LoanProErrorInit {
  kind: LoanProErrorKind
  status?: number
  /** LoanPro's own message, from either error body shape, or the raw body text. */
  serverMessage?: string
  /** From `Retry-After`, when a 429 or 503 gives one. */
  retryAfterMs?: number
  method?: string
  /** Request path relative to the base URL, never with a token. */
  path?: string
  /**
   * A request whose outcome the answer left open was checked afterwards (a plain
   * `GET Customers(id)` found the customer): it did not take effect.
   */
  notApplied?: boolean
  cause?: unknown
}

export class LoanProError extends Error {
  readonly kind: LoanProErrorKind
  readonly status?: number
  readonly serverMessage?: string
  readonly retryAfterMs?: number
  readonly method?: string
  readonly path?: string
  readonly notApplied: boolean

  constructor(init: LoanProErrorInit) {
    super(init.serverMessage ?? defaultMessage(init.kind, init.status), { cause: init.cause })
    this.name = 'LoanProError'
    this.kind = init.kind
    this.status = init.status
    this.serverMessage = init.serverMessage
    this.retryAfterMs = init.retryAfterMs
    this.method = init.method
    this.path = init.path
    this.notApplied = init.notApplied ?? false
  }

  /**
   * The answer does not say whether a DELETE took effect (5xx — LoanPro's timeouts are 500s —,
   * no answer, or a 2xx that is not a success): check before reporting or re-sending.
   */
  get outcomeUnknown(): boolean {
    if (this.notApplied) return false
    return (
      this.kind === 'server' ||
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'bad-response'
    )
  }

  /** Worth another try later: the request may succeed unchanged. */
  get retryable(): boolean {
    return (
      this.kind === 'rate-limited' ||
      this.kind === 'server' ||
      this.kind === 'network' ||
      this.kind === 'timeout'
    )
  }
}

export function isLoanProError(error: unknown): error is LoanProError {
  return error instanceof LoanProError
}

function defaultMessage(kind: LoanProErrorKind, status?: number): string {
  switch (kind) {
    case 'unauthorized':
      return 'LoanPro did not accept the token or tenant id.'
    case 'conflict':
      return 'LoanPro refused the request (conflict).'
    case 'not-found':
      return 'LoanPro does not know this record.'
    case 'rate-limited':
      return 'LoanPro is limiting the request rate.'
    case 'server':
      return `LoanPro had a server error (${status ?? 500}).`
    case 'http':
      return `LoanPro answered with status ${status ?? 'unknown'}.`
    case 'network':
      return 'LoanPro could not be reached.'
    case 'timeout':
      return 'LoanPro did not answer in time.'
    case 'aborted':
      return 'The request was cancelled.'
    case 'bad-response':
      return 'LoanPro sent a response that could not be read.'
  }
}
