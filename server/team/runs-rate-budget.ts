// One request budget per tenant token, shared by every instance and every run: a token bucket
// in the database. Each upstream request of a run takes one token; when none is left the
// caller waits the time the bucket needs to refill one. Keyed by a hash, never the token.
import { createHash } from 'node:crypto'
import type { EngineClock } from '../../src/features/customer-import/engine/removal-tenant-port.ts'
import type { Db } from './db.ts'
import { takeToken } from './token-bucket.ts'

export interface RateBudgetOptions {
  /** Requests per second, on average, for this tenant token across all instances. */
  perSecond: number
  /** Requests that may go at once after a quiet spell. */
  burst: number
}

export function readRateBudget(env: Record<string, string | undefined>): RateBudgetOptions {
  const perSecond = Number(env.RUN_RATE_PER_SECOND ?? '')
  const rate = Number.isFinite(perSecond) && perSecond > 0 ? perSecond : 10
  return { perSecond: rate, burst: Math.max(1, Math.ceil(rate)) }
}

export const budgetKey = (token: string) =>
  createHash('sha256').update(token).digest('hex').slice(0, 32)

export class RateBudget {
  constructor(
    private readonly db: Db,
    private readonly key: string,
    private readonly options: RateBudgetOptions,
    private readonly clock: EngineClock,
  ) {}

  /** Resolves when this request may go; rejects when `signal` aborts the wait. */
  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = await this.tryTake()
      if (wait <= 0) return
      await this.clock.sleep(wait, signal)
    }
  }

  /** Takes a token: 0, or the milliseconds until one is there (nothing taken). */
  private tryTake(): Promise<number> {
    return takeToken(this.db, this.key, this.options)
  }
}
