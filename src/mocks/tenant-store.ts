import { FaultInjector, type FaultKnobs } from './faults'
import { STRICT, type StrictKnobs } from './strictness'
import { createTenantData, FIRST_CUSTOMER_ID, type TenantData } from './generator'
import { runSearch, type SearchPage, type SearchResult } from './search-engine'
import { laggingIds, searchRules, ShortAnswers } from './search-strict'
import { SearchIndex } from './search-index'
import { warmUpIndex, type WarmUpOptions } from './search-warm-up'
import type { CustomerRecord, SearchDoc } from './tenant-types'

export interface TenantStoreOptions {
  /** Customers, fixtures included (default 2,500). */
  count?: number
  seed?: number
  /** When set, only this bearer token is accepted; otherwise any non-empty one. */
  token?: string
  /** When set, only this Autopal-Instance-ID is accepted; otherwise any non-empty one. */
  tenantId?: string
  faults?: Partial<FaultKnobs>
  /** Strictness points to switch off (all on by default); see strictness.ts. */
  strictness?: Partial<StrictKnobs>
  /** Customers deleted before the store starts (the demo keeps them across reloads). */
  deletedIds?: Iterable<number>
  /** Told about each successful delete, e.g. to persist it. */
  onDelete?: (id: number) => void
}

export interface RequestLogEntry {
  method: string
  /** Relative to the base URL, e.g. `odata.svc/Customers(1001)`, without the query. */
  path: string
  /** The query string, decoded, without `?`. */
  query: string
  time: number
  /** The customer id in the path, when there is one. */
  customerId?: number
  status?: number
  fault?: string
}

export type CustomerLookup =
  | { status: 'ok'; doc: SearchDoc; record: CustomerRecord }
  | { status: 'unknown' }
  | { status: 'deleted' }

export type DeleteOutcome =
  | { status: 'deleted' }
  | { status: 'linked'; loans: number }
  | { status: 'unknown' }
  | { status: 'already-deleted' }

/** The fake tenant's state: data, soft deletes, the request log and the fault knobs. */
export class TenantStore {
  readonly data: TenantData
  readonly faults = new FaultInjector()
  /** How strict the fake is; tests may change it on the fly. */
  readonly strictness: StrictKnobs
  readonly requests: RequestLogEntry[] = []
  readonly auth: { token?: string; tenantId?: string }
  private readonly index: SearchIndex
  private readonly deleted: Uint8Array
  private deletedCount = 0
  /** When each customer was deleted by a request (the search index lags behind it). */
  private readonly deletedAt = new Map<number, number>()
  private readonly shortAnswers: ShortAnswers
  private readonly onDelete?: (id: number) => void

  constructor(options: TenantStoreOptions = {}) {
    // Nothing is generated here: documents are built when a request first needs them.
    this.data = createTenantData({ count: options.count, seed: options.seed })
    this.index = new SearchIndex(this.data, FIRST_CUSTOMER_ID)
    this.deleted = new Uint8Array(this.data.size)
    this.auth = { token: options.token, tenantId: options.tenantId }
    this.onDelete = options.onDelete
    for (const id of options.deletedIds ?? []) this.markDeleted(id)
    this.faults.reset(options.faults)
    this.strictness = { ...STRICT, ...options.strictness }
    this.shortAnswers = new ShortAnswers(options.seed ?? 0)
  }

  get size(): number {
    return this.data.size - this.deletedCount
  }

  /** A search as LoanPro answers it under the current strictness (see search-strict.ts). */
  search(body: unknown, page: SearchPage): SearchResult {
    const deleted = this.deleted
    const lagging = laggingIds(this.deletedAt, this.strictness.indexLagMs, Date.now())
    const live = {
      isDeleted: (p: number) => deleted[p] === 1 && !lagging.has(p + FIRST_CUSTOMER_ID),
      count: this.size + lagging.size,
    }
    const result = runSearch(this.index, live, body, page, searchRules(this.strictness))
    return this.shortAnswers.cut(result, this.strictness.shortSearchRate)
  }

  /**
   * Builds what searches need (every document, the text of the default search fields, the
   * sort orders) a slice at a time, through `schedule`, so that the first text search or sort
   * finds it ready. Returns a function that stops it.
   */
  warmUp(schedule: (slice: () => void) => void, options?: WarmUpOptions): () => void {
    return warmUpIndex(this.data, this.index, schedule, options)
  }

  /** Live customers in id order, for the OData list. */
  list(top: number, skip: number): SearchDoc[] {
    const out: SearchDoc[] = []
    let seen = 0
    for (let p = 0; p < this.data.size && out.length < top; p++) {
      if (this.deleted[p] === 1) continue
      const doc = this.data.docAt(p)
      if (doc && seen++ >= skip) out.push(doc)
    }
    return out
  }

  getCustomer(id: number): CustomerLookup {
    const doc = this.data.docById(id)
    const record = this.data.recordById(id)
    if (!doc || !record) return { status: 'unknown' }
    if (this.isDeleted(id)) return { status: 'deleted' }
    return { status: 'ok', doc, record }
  }

  deleteCustomer(id: number): DeleteOutcome {
    const found = this.getCustomer(id)
    if (found.status === 'unknown') return { status: 'unknown' }
    if (found.status === 'deleted') return { status: 'already-deleted' }
    // Only an unlinked customer can go (docs/loanpro-api.md §6).
    if (found.doc.loansCount > 0) return { status: 'linked', loans: found.doc.loansCount }
    this.markDeleted(id)
    this.deletedAt.set(id, Date.now())
    this.onDelete?.(id)
    return { status: 'deleted' }
  }

  isDeleted(id: number): boolean {
    return this.deleted[id - FIRST_CUSTOMER_ID] === 1
  }

  deletedIds(): number[] {
    const ids: number[] = []
    this.deleted.forEach((d, p) => d === 1 && ids.push(p + FIRST_CUSTOMER_ID))
    return ids
  }

  log(entry: RequestLogEntry): void {
    this.requests.push(entry)
  }

  clearLog(): void {
    this.requests.length = 0
  }

  /** Logged requests by method (`*` for any) whose path contains or matches the pattern. */
  countRequests(method: string, pathPattern: string | RegExp = ''): number {
    return this.requests.filter(
      (r) =>
        (method === '*' || r.method === method.toUpperCase()) &&
        (typeof pathPattern === 'string' ? r.path.includes(pathPattern) : pathPattern.test(r.path)),
    ).length
  }

  /** How many DELETE requests reached the tenant per customer id (faulted ones included). */
  deleteCountById(): Record<number, number> {
    const counts: Record<number, number> = {}
    for (const r of this.requests) {
      if (r.method === 'DELETE' && r.customerId !== undefined) {
        counts[r.customerId] = (counts[r.customerId] ?? 0) + 1
      }
    }
    return counts
  }

  private markDeleted(id: number): void {
    const p = id - FIRST_CUSTOMER_ID
    if (p >= 0 && p < this.deleted.length && this.deleted[p] === 0) {
      this.deleted[p] = 1
      this.deletedCount++
    }
  }
}
