import { isLoanProError } from '../../../../api/loanpro-error'
import type { EngineClock, RemovalTenantPort } from '../removal-tenant-port'
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

export interface TenantLookupOptions {
  clock: EngineClock
  batchSize?: number
  concurrency?: number
  /** Attempts per batch for retryable failures (429, 5xx, network, timeout). */
  maxAttempts?: number
  signal?: AbortSignal
  onProgress?: (checked: number, total: number) => void
}

/**
 * Looks ids up in batches (1,000 a call, 2 calls at a time by default). Throws the first
 * failure that survives the retries (a LoanProError) or the signal's reason.
 */
export async function lookupTenantCustomers(
  port: RemovalTenantPort,
  ids: Uint32Array,
  options: TenantLookupOptions,
): Promise<TenantLookup> {
  const { clock, signal, batchSize = 1000, concurrency = 2, maxAttempts = 3 } = options
  const result: TenantLookup = {
    exists: new Uint8Array(ids.length),
    loansCount: new Uint32Array(ids.length),
    names: new Array<string>(ids.length).fill(''),
  }
  let nextStart = 0
  let checked = 0
  const lookupBatch = async (start: number) => {
    const batch = Array.from(ids.subarray(start, start + batchSize))
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted()
      try {
        const customers = await port.lookupCustomers(batch, signal)
        const byId = new Map(customers.map((customer) => [customer.id, customer]))
        const unknown = new Set(customers.unknown ?? [])
        batch.forEach((id, offset) => {
          const customer = byId.get(id)
          if (!customer) {
            if (unknown.has(id)) result.exists[start + offset] = LOOKUP_UNKNOWN
            return
          }
          result.exists[start + offset] = LOOKUP_FOUND
          result.loansCount[start + offset] = customer.loansCount
          result.names[start + offset] = customer.displayName
        })
        return batch.length
      } catch (error) {
        if (!isLoanProError(error) || !error.retryable || attempt >= maxAttempts) throw error
        await clock.sleep(
          Math.min(error.retryAfterMs ?? 500 * 2 ** attempt, MAX_RETRY_AFTER_MS),
          signal,
        )
      }
    }
  }
  const worker = async () => {
    while (nextStart < ids.length) {
      const start = nextStart
      nextStart += batchSize
      checked += await lookupBatch(start)
      options.onProgress?.(checked, ids.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return result
}
