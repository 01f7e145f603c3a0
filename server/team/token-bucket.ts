// A token bucket in the database, so that every instance draws from the same one: the tenant
// token's request budget for runs (runs-rate-budget.ts) and the operators' DELETE cap
// (role-guard.ts). One row per key in `rate_budget` (migration 0002).
import type { DbQuery } from './db.ts'

export interface TokenBucketOptions {
  /** Tokens added per second, up to `burst`. */
  perSecond: number
  /** Tokens a full bucket holds: what may go at once after a quiet spell. */
  burst: number
}

/** Takes one token: 0, or the milliseconds until one is there (nothing taken then). */
export async function takeToken(
  db: DbQuery,
  key: string,
  { perSecond, burst }: TokenBucketOptions,
): Promise<number> {
  await db.query(
    `INSERT INTO rate_budget (key, tokens, refilled_at) VALUES ($1, $2, clock_timestamp())
     ON CONFLICT (key) DO NOTHING`,
    [key, burst],
  )
  // One statement: the row lock makes concurrent instances take turns.
  const { rows } = await db.query<{ avail: number }>(
    `UPDATE rate_budget AS b SET
       tokens = CASE WHEN x.avail >= 1 THEN x.avail - 1 ELSE x.avail END,
       refilled_at = x.at
     FROM (SELECT clock_timestamp() AS at,
             LEAST($2::float8, tokens + EXTRACT(EPOCH FROM clock_timestamp() - refilled_at) * $3::float8)
             AS avail
           FROM rate_budget WHERE key = $1 FOR UPDATE) AS x
     WHERE b.key = $1 RETURNING x.avail::float8 AS avail`,
    [key, burst, perSecond],
  )
  const avail = Number(rows[0]?.avail ?? 0)
  return avail >= 1 ? 0 : Math.ceil(((1 - avail) / perSecond) * 1000)
}
