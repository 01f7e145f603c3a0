// When a paused server run goes on by itself. The browser engine waits out a 429 or an outage
// on its own (the person is there to see failed rows); a server run has nobody watching, so a
// streak of such failures pauses it (RetryPolicy.pauseAfterTransient) and it resumes here after
// the wait LoanPro asked for (Retry-After, at most MAX_RETRY_AFTER_MS) or a growing backoff.
// Pauses in a row without progress are bounded: past the bound a person decides, as for the
// pauses the browser engine leaves to the person (token refused, progress not saved).
import { MAX_RETRY_AFTER_MS } from '../../src/features/customer-import/engine/retry-policy.ts'
import type { PauseReason } from '../../src/features/customer-import/engine/run/pause-reason.ts'
import type { Db } from './db.ts'

export interface AutoResumeOptions {
  /** Wait before the first automatic resume after an outage; doubles with each pause in a row. */
  firstWaitMs: number
  maxWaitMs: number
  /** Automatic resumes in a row without a row settled between them; then a person decides. */
  maxPauses: number
}

export const DEFAULT_AUTO_RESUME: AutoResumeOptions = {
  firstWaitMs: 30_000,
  maxWaitMs: 10 * 60_000,
  maxPauses: 6,
}

/** Transient failures in a row (across rows) that pause a server run. */
export const PAUSE_AFTER_TRANSIENT = 8

const TRANSIENT: ReadonlySet<PauseReason> = new Set<PauseReason>([
  'rate-limited',
  'tenant-unavailable',
])

/** The wait before the `pauses`-th pause in a row resumes on its own; null: a person decides. */
function autoResumeWaitMs(
  reason: PauseReason | null,
  pauses: number,
  retryAfterMs: number | undefined,
  options: AutoResumeOptions = DEFAULT_AUTO_RESUME,
): number | null {
  if (!reason || !TRANSIENT.has(reason) || pauses > options.maxPauses) return null
  if (reason === 'rate-limited' && retryAfterMs !== undefined && retryAfterMs > 0) {
    return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS)
  }
  return Math.min(options.maxWaitMs, options.firstWaitMs * 2 ** Math.max(0, pauses - 1))
}

/**
 * After `runId` paused on this instance (still holding its lease): when the pause is
 * transient, sets when it resumes. `done`: rows settled so far (progress resets the count).
 */
export async function scheduleAutoResume(
  db: Db,
  run: { id: string; instance: string; done: number; reason: PauseReason | null },
  retryAfterMs: number | undefined,
  options: AutoResumeOptions = DEFAULT_AUTO_RESUME,
): Promise<number | null> {
  if (!run.reason || !TRANSIENT.has(run.reason)) return null
  const { rows } = await db.query<{ auto_pauses: number }>(
    `UPDATE runs SET
       auto_pauses = CASE WHEN $3::int > auto_pause_done THEN 1 ELSE auto_pauses + 1 END,
       auto_pause_done = $3::int
     WHERE id = $1 AND lease_owner = $2 AND status = 'paused' RETURNING auto_pauses`,
    [run.id, run.instance, run.done],
  )
  const pauses = Number(rows[0]?.auto_pauses ?? 0)
  if (pauses === 0) return null
  const wait = autoResumeWaitMs(run.reason, pauses, retryAfterMs, options)
  await db.query(
    `UPDATE runs SET resume_at = CASE WHEN $3::float8 IS NULL THEN NULL
       ELSE now() + $3::float8 * interval '1 millisecond' END
     WHERE id = $1 AND lease_owner = $2`,
    [run.id, run.instance, wait],
  )
  return wait
}
