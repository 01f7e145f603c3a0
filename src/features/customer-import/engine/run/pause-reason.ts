/**
 * Why a run paused, as a code: the engine says why, the view says it in words and offers
 * what to do about it. Journaled with the run, so the words may change without a migration.
 * A pause the person asked for has no reason (null).
 */
export type PauseReason =
  /** LoanPro refused the token: reconnect, then resume. */
  | 'unauthorized'
  /** The journal could not save progress (storage full or refused). */
  | 'not-saved'
  /** The import page that owned the run went away. */
  | 'left-page'
  /** The app-wide engine went away: the app closed or the connection changed. */
  | 'app-closed'
  /** Server runs: LoanPro kept answering 429; the run resumes on its own after the wait. */
  | 'rate-limited'
  /** Server runs: LoanPro kept failing (5xx, no answer); the run resumes on its own later. */
  | 'tenant-unavailable'

const PAUSE_REASONS: ReadonlySet<unknown> = new Set<PauseReason>([
  'unauthorized',
  'not-saved',
  'left-page',
  'app-closed',
  'rate-limited',
  'tenant-unavailable',
])

/** A journaled reason, as a code; anything else (runs saved before the codes) as none. */
export function storedPauseReason(value: unknown): PauseReason | null {
  return PAUSE_REASONS.has(value) ? (value as PauseReason) : null
}
