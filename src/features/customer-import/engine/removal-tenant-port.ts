/**
 * What the import engine needs from a LoanPro tenant. The real adapter wraps the LoanPro
 * client; tests pass a fake. Implementations throw LoanProError.
 */
export interface TenantCustomer {
  id: number
  displayName: string
  loansCount: number
}

/**
 * The customers one answer found. `unsettled` lists asked ids it did not settle (the answer
 * came back short of its total, `$top` being a maximum): those may exist, must never be
 * called absent, and are worth asking again. Every other asked id that was not found does
 * not exist.
 */
export type TenantLookupAnswer = TenantCustomer[] & { unsettled?: readonly number[] }

export interface RemovalTenantPort {
  /**
   * One answer about `ids` (the real adapter: one search request per 10,000 ids, no
   * follow-ups): the customers found, in id order, and the ids left unsettled. The caller
   * asks unsettled ids again (tenant-lookup.ts folds them into its next request).
   */
  lookupCustomers(ids: number[], signal?: AbortSignal): Promise<TenantLookupAnswer>
  /**
   * Resolves only when LoanPro confirmed the removal (a 200 with `d`). Throws LoanProError
   * otherwise; an unclear answer (5xx, none, a 2xx without `d`) may have removed it.
   * `runId`: the run sending it (team mode marks the request with it for the audit).
   */
  deleteCustomer(id: number, signal?: AbortSignal, runId?: string): Promise<void>
  /**
   * Whether the customer exists, by a plain `GET Customers(id)`: 'gone' only on its 409/404.
   * Throws (LoanProError) when the check itself fails. Search is never asked: it lags deletes
   * and may answer short.
   */
  customerPresence(id: number, signal?: AbortSignal): Promise<'present' | 'gone'>
}

/** Time, injected so that tests run fast and deterministic. */
export interface EngineClock {
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason when aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** The signal's reason as an Error, for rejecting promises. */
export function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError')
}

export const systemClock: EngineClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal))
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(abortReason(signal))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}
