// One request budget per tenant token, shared by every instance and every run: a token bucket
// in the database. Each upstream request of a run takes one token; when none is left the
// caller waits the time the bucket needs to refill one. Keyed by a hash, never the token.
import { createHash } from 'node:crypto'
import type { EngineClock } from '../../src/features/customer-import/engine/removal-tenant-port.ts'
import type { Db } from './db.ts'

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
  private async tryTake(): Promise<number> {
    const { perSecond, burst } = this.options
    await this.db.query(
      `INSERT INTO rate_budget (key, tokens, refilled_at) VALUES ($1, $2, clock_timestamp())
       ON CONFLICT (key) DO NOTHING`,
      [this.key, burst],
    )
    // One statement: the row lock makes concurrent instances take turns.
    const { rows } = await this.db.query<{ avail: number }>(
      `UPDATE rate_budget AS b SET
         tokens = CASE WHEN x.avail >= 1 THEN x.avail - 1 ELSE x.avail END,
         refilled_at = x.at
       FROM (SELECT clock_timestamp() AS at,
               LEAST($2::float8, tokens + EXTRACT(EPOCH FROM clock_timestamp() - refilled_at) * $3::float8)
               AS avail
             FROM rate_budget WHERE key = $1 FOR UPDATE) AS x
       WHERE b.key = $1 RETURNING x.avail::float8 AS avail`,
      [this.key, burst, perSecond],
    )
    const avail = Number(rows[0]?.avail ?? 0)
    return avail >= 1 ? 0 : Math.ceil(((1 - avail) / perSecond) * 1000)
  }
}
