// Test support only: an in-memory tenant behind the RemovalTenantPort, with injected faults.
import { LoanProError } from '../../../api/loanpro-error'
import {
  abortReason,
  type EngineClock,
  type RemovalTenantPort,
  type TenantCustomer,
  type TenantLookupAnswer,
} from './removal-tenant-port'

/** How one DELETE call misbehaves. 'lost' deletes the customer, then loses the answer. */
export type DeleteFault = 'server' | 'rate-limited' | 'timeout' | 'lost' | 'unauthorized'

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Virtual time: sleeps advance `now` at once and yield to the event loop. */
export function fakeClock(): EngineClock & { slept: number[] } {
  let now = 1_700_000_000_000
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        signal?.throwIfAborted()
        slept.push(ms)
        now += ms
        setTimeout(() => (signal?.aborted ? reject(abortReason(signal)) : resolve()), 0)
      }),
  }
}

export class FakeTenantPort implements RemovalTenantPort {
  readonly customers = new Map<number, TenantCustomer>()
  /** Successful deletes per id (a real tenant would answer 409 to a second one). */
  readonly deletes = new Map<number, number>()
  readonly deleteCalls: number[] = []
  readonly lookupBatches: number[][] = []
  inFlight = 0
  maxInFlight = 0
  /** Decides a fault for each DELETE call; undefined = behave. */
  fault: (id: number, call: number) => DeleteFault | undefined = () => undefined
  /** Runs when a DELETE call arrives (before it is answered). */
  onDelete: (call: number) => void = () => undefined
  lookupFails = false
  /** Ids looked up with a plain GET (the lost-answer check). */
  readonly presenceChecks: number[] = []
  presenceFails = false

  add(id: number, loansCount = 0, displayName = `Customer ${id}`): this {
    this.customers.set(id, { id, displayName, loansCount })
    return this
  }

  /**
   * Short answers (`$top` is a maximum): how many of an answer's rows, in id order, come
   * back (`call` counts from 1); null or undefined: all of them.
   */
  keepRows: (rows: number, call: number) => number | null | undefined = () => null
  /** Ids that exist (they count in the total) but never come back. */
  readonly hidden = new Set<number>()

  async lookupCustomers(ids: number[]): Promise<TenantLookupAnswer> {
    const call = this.lookupBatches.push(ids)
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (this.lookupFails) throw new LoanProError({ kind: 'network' })
    const matches = [...new Set(ids)]
      .flatMap((id) => this.customers.get(id) ?? [])
      .sort((a, b) => a.id - b.id)
    const kept = matches
      .filter((customer) => !this.hidden.has(customer.id))
      .slice(0, this.keepRows(matches.length, call) ?? matches.length)
    if (kept.length === matches.length) return kept
    // Short of the total: every asked id the answer did not bring is unsettled.
    const brought = new Set(kept.map((customer) => customer.id))
    return Object.assign(kept, { unsettled: ids.filter((id) => !brought.has(id)) })
  }

  async customerPresence(id: number): Promise<'present' | 'gone'> {
    this.presenceChecks.push(id)
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (this.presenceFails) throw new LoanProError({ kind: 'network' })
    return this.customers.has(id) ? 'present' : 'gone'
  }

  async deleteCustomer(id: number, signal?: AbortSignal): Promise<void> {
    const call = this.deleteCalls.push(id)
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    try {
      this.onDelete(call)
      await new Promise((resolve) => setTimeout(resolve, 1))
      if (signal?.aborted) {
        // The tab went away: the server may or may not have done it.
        if (call % 2 === 0) this.apply(id)
        throw new LoanProError({ kind: 'aborted' })
      }
      const fault = this.fault(id, call)
      if (fault === 'server') throw new LoanProError({ kind: 'server', status: 500 })
      if (fault === 'unauthorized') throw new LoanProError({ kind: 'unauthorized', status: 401 })
      if (fault === 'timeout') throw new LoanProError({ kind: 'timeout' })
      if (fault === 'rate-limited') {
        throw new LoanProError({ kind: 'rate-limited', status: 429, retryAfterMs: 2000 })
      }
      this.apply(id)
      if (fault === 'lost') throw new LoanProError({ kind: 'network' })
    } finally {
      this.inFlight--
    }
  }

  private apply(id: number): void {
    const customer = this.customers.get(id)
    if (!customer) {
      throw new LoanProError({
        kind: 'conflict',
        status: 409,
        serverMessage: `Customer ${id} not found`,
      })
    }
    if (customer.loansCount > 0) {
      throw new LoanProError({ kind: 'conflict', status: 409, serverMessage: 'Customer has loans' })
    }
    this.customers.delete(id)
    this.deletes.set(id, (this.deletes.get(id) ?? 0) + 1)
  }
}
