import { mulberry32, type Random } from './random'

/**
 * What can go wrong with one response. 'no-d' answers 2xx without a root `d`; 'error-200'
 * answers 200 with an error shape: neither is a success (docs/loanpro-api.md §6).
 */
export type FaultKind =
  'server-error' | 'rate-limit' | 'timeout' | 'truncate' | 'drop' | 'no-d' | 'error-200'

export interface FaultKnobs {
  /** Delay before every answer. */
  latencyMs: number
  /** Share of requests (0..1) answered with a 500. */
  failure5xxRate: number
  /** Share answered with a 429 (with Retry-After when retryAfterSeconds is set). */
  rate429: number
  retryAfterSeconds: number | null
  /** Share that never answers: the request hangs until the client aborts (or hangMs). */
  timeoutRate: number
  /** Share answered 200 with a cut-off JSON body. */
  truncateRate: number
  /** Share that fails as a network error (dropped connection). */
  dropRate: number
  /** Share of successful DELETEs whose answer is lost AFTER the customer was deleted. */
  faultAfterDeleteRate: number
  faultAfterDeleteKind: FaultKind
  /** Upper bound of a hang, so an abandoned request does not hold the process forever. */
  hangMs: number
  /** Seed of the fault dice: the same requests in the same order get the same faults. */
  seed: number
}

export const NO_FAULTS: FaultKnobs = {
  latencyMs: 0,
  failure5xxRate: 0,
  rate429: 0,
  retryAfterSeconds: null,
  timeoutRate: 0,
  truncateRate: 0,
  dropRate: 0,
  faultAfterDeleteRate: 0,
  faultAfterDeleteKind: 'timeout',
  hangMs: 30_000,
  seed: 1,
}

/** Narrows `failNext` to some requests. `after` faults hit only once the request took effect. */
export interface FaultMatcher {
  method?: string
  /** Matched against the path relative to the base URL, e.g. `odata.svc/Customers(1010)`. */
  path?: string | RegExp
  phase?: 'before' | 'after'
}

interface QueuedFault {
  remaining: number
  kind: FaultKind
  matcher: FaultMatcher
}

export class FaultInjector {
  private knobs: FaultKnobs = { ...NO_FAULTS }
  private rng: Random = mulberry32(NO_FAULTS.seed)
  private queue: QueuedFault[] = []

  get settings(): Readonly<FaultKnobs> {
    return this.knobs
  }

  configure(knobs: Partial<FaultKnobs>): void {
    this.knobs = { ...this.knobs, ...knobs }
    if (knobs.seed !== undefined) this.rng = mulberry32(knobs.seed)
  }

  reset(knobs: Partial<FaultKnobs> = {}): void {
    this.knobs = { ...NO_FAULTS }
    this.rng = mulberry32(NO_FAULTS.seed)
    this.queue = []
    this.configure(knobs)
  }

  /** The next `count` matching requests fail with `kind`, whatever the rates say. */
  failNext(count: number, kind: FaultKind, matcher: FaultMatcher = {}): void {
    this.queue.push({ remaining: count, kind, matcher })
  }

  /** Decides the fault, if any, of one request in one phase. */
  decide(method: string, path: string, phase: 'before' | 'after'): FaultKind | null {
    const queued = this.queue.find((q) => matches(q.matcher, method, path, phase))
    if (queued) {
      queued.remaining -= 1
      if (queued.remaining <= 0) this.queue.splice(this.queue.indexOf(queued), 1)
      return queued.kind
    }
    const k = this.knobs
    if (phase === 'after') {
      if (method !== 'DELETE' || k.faultAfterDeleteRate <= 0) return null
      return this.rng() < k.faultAfterDeleteRate ? k.faultAfterDeleteKind : null
    }
    const total = k.dropRate + k.timeoutRate + k.failure5xxRate + k.rate429 + k.truncateRate
    if (total <= 0) return null
    let roll = this.rng()
    const table: Array<[number, FaultKind]> = [
      [k.dropRate, 'drop'],
      [k.timeoutRate, 'timeout'],
      [k.failure5xxRate, 'server-error'],
      [k.rate429, 'rate-limit'],
      [k.truncateRate, 'truncate'],
    ]
    for (const [rate, kind] of table) {
      if (roll < rate) return kind
      roll -= rate
    }
    return null
  }
}

function matches(
  m: FaultMatcher,
  method: string,
  path: string,
  phase: 'before' | 'after',
): boolean {
  if ((m.phase ?? 'before') !== phase) return false
  if (m.method && m.method.toUpperCase() !== method) return false
  if (m.path === undefined) return true
  return typeof m.path === 'string' ? path.includes(m.path) : m.path.test(path)
}
