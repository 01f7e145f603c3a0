import { isLoanProError } from '../../../../api/loanpro-error'
import type { EngineClock, RemovalTenantPort, TenantLookupAnswer } from '../removal-tenant-port'
import { MAX_RETRY_AFTER_MS } from '../retry-policy'

/** `exists` values: shown absent (the answers were complete), found, or not settled. */
export const LOOKUP_ABSENT = 0
export const LOOKUP_FOUND = 1
export const LOOKUP_UNKNOWN = 2

/** A row whose id LoanPro's answers did not settle: never reported as "does not exist". */
export const UNSETTLED_MESSAGE =
  "LoanPro's answers for this id stayed incomplete, so it is not known whether this customer exists. Validate again."

/** What the tenant said about each id, aligned with the ids looked up. */
export interface TenantLookup {
  /** LOOKUP_ABSENT, LOOKUP_FOUND or LOOKUP_UNKNOWN per id. */
  exists: Uint8Array
  loansCount: Uint32Array
  /** Display name of each found customer ('' when absent). */
  names: string[]
}

/**
 * Ids per look-up request. LoanPro allows up to 10,000 (OpenSearch's result window: `$top`
 * is the number of ids). A request settles at most its own ids, and short answers leave
 * some to ask again (about 15 % on the strict fake), so 1,000 a request could not check
 * 100,000 ids in 100 requests; 2,000 does it in about 60, each answer ~1.3 MB of the fake's
 * rows.
 */
export const LOOKUP_BATCH_SIZE = 2000

/**
 * Short answers that may pass an id over before it is given up as unknown. An answer passes
 * an id over when it leaves the id unsettled although it brought a row with a higher id (the
 * look-up is sorted by id), or brought no row at all. An id the answer did not reach (it
 * stopped at a lower id) is not passed over: it is asked again for as long as answers bring
 * rows, so a tenant that answers few rows at a time is still asked to the end.
 */
export const LOOKUP_PASS_LIMIT = 8

export interface TenantLookupOptions {
  clock: EngineClock
  /** Ids per request (LOOKUP_BATCH_SIZE by default). */
  batchSize?: number
  concurrency?: number
  /** Attempts per request for retryable failures (429, 5xx, network, timeout). */
  maxAttempts?: number
  signal?: AbortSignal
  /** Ids settled (found, absent or given up as unknown) so far; ends at `total`. */
  onProgress?: (checked: number, total: number) => void
}

/**
 * Looks ids up in requests of `batchSize` ids, 2 requests at a time by default. The ids a
 * short answer left unsettled go first into the next request, which is topped up with fresh
 * ids, so that nearly every request is full; an id that answers keep passing over ends
 * LOOKUP_UNKNOWN. Throws the first failure that survives the retries (a LoanProError) or
 * the signal's reason.
 */
export async function lookupTenantCustomers(
  port: RemovalTenantPort,
  ids: Uint32Array,
  options: TenantLookupOptions,
): Promise<TenantLookup> {
  const { clock, signal, batchSize = LOOKUP_BATCH_SIZE, concurrency = 2, maxAttempts = 3 } = options
  const result: TenantLookup = {
    exists: new Uint8Array(ids.length),
    loansCount: new Uint32Array(ids.length),
    names: new Array<string>(ids.length).fill(''),
  }
  /** Positions (into `ids`) to ask again, oldest first. */
  let leftovers: number[] = []
  /** Per position: short answers that passed its id over. */
  const passes = new Uint8Array(ids.length)
  let nextFresh = 0
  let checked = 0
  let failed = false

  const take = (): number[] => {
    const batch = leftovers.slice(0, batchSize)
    leftovers = leftovers.slice(batch.length)
    while (batch.length < batchSize && nextFresh < ids.length) batch.push(nextFresh++)
    return batch
  }

  const ask = async (batch: number[]) => {
    const asked = batch.map((p) => ids[p] ?? 0)
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted()
      try {
        return await port.lookupCustomers(asked, signal)
      } catch (error) {
        if (!isLoanProError(error) || !error.retryable || attempt >= maxAttempts) throw error
        await clock.sleep(
          Math.min(error.retryAfterMs ?? 500 * 2 ** attempt, MAX_RETRY_AFTER_MS),
          signal,
        )
      }
    }
  }

  const settle = (batch: number[], answer: TenantLookupAnswer) => {
    const byId = new Map(answer.map((customer) => [customer.id, customer]))
    const unsettled = new Set(answer.unsettled ?? [])
    // The highest id the answer brought: an unsettled id below it was passed over.
    let reached = -1
    for (const customer of answer) reached = Math.max(reached, customer.id)
    for (const p of batch) {
      const id = ids[p] ?? 0
      const customer = byId.get(id)
      if (customer) {
        result.exists[p] = LOOKUP_FOUND
        result.loansCount[p] = customer.loansCount
        result.names[p] = customer.displayName
      } else if (unsettled.has(id)) {
        if (answer.length === 0 || id < reached) passes[p] = (passes[p] ?? 0) + 1
        if ((passes[p] ?? 0) < LOOKUP_PASS_LIMIT) {
          leftovers.push(p)
          continue
        }
        result.exists[p] = LOOKUP_UNKNOWN
      }
      checked++
    }
  }

  const worker = async () => {
    // A worker stops when nothing is left to take; the one whose answer leaves ids
    // unsettled is still running, and takes them next.
    for (let batch = take(); batch.length > 0 && !failed; batch = take()) {
      let answer: TenantLookupAnswer
      try {
        answer = await ask(batch)
      } catch (error) {
        failed = true
        throw error
      }
      settle(batch, answer)
      options.onProgress?.(checked, ids.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return result
}
