import { isLoanProError } from '../../../api/loanpro-error'
import type { PauseReason } from './run/pause-reason'

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  random: () => number
  /**
   * Server runs (nobody watching): after this many transient failures in a row across the
   * run (429, 5xx, no answer), the run pauses ('rate-limited' / 'tenant-unavailable') instead
   * of using up its rows' attempts while the tenant is down. Unset in the browser, where the
   * person sees the failures and retries them.
   */
  pauseAfterTransient?: number
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random,
}

/** What to do after a DELETE failed. */
export type DeleteFailure =
  | { action: 'retry'; maybeApplied: boolean; message: string; retryAfterMs?: number }
  | { action: 'fail'; message: string }
  | { action: 'pause'; reason: PauseReason }
  | { action: 'abandon' }

export function classifyDeleteError(error: unknown): DeleteFailure {
  if (!isLoanProError(error)) {
    return { action: 'fail', message: 'Unexpected error while removing this customer.' }
  }
  const message = error.serverMessage ?? error.message
  switch (error.kind) {
    case 'aborted':
      return { action: 'abandon' }
    case 'unauthorized':
      return { action: 'pause', reason: 'unauthorized' }
    case 'conflict':
    case 'not-found':
    case 'http':
      return { action: 'fail', message }
    default:
      // 429 was refused before any work; a 5xx, timeout, lost connection or unreadable 2xx
      // may have deleted the customer, so the next attempt checks first.
      return {
        action: 'retry',
        maybeApplied: error.kind !== 'rate-limited',
        message,
        retryAfterMs: error.retryAfterMs,
      }
  }
}

/**
 * A Retry-After longer than this is not waited out silently: the row's attempts are bounded, so
 * an absurd value (hours) ends in a failed row the person can retry, not a run that looks hung.
 */
export const MAX_RETRY_AFTER_MS = 120_000

/** Exponential backoff with full jitter, never sooner than the server asked (up to the cap). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  const jittered = ceiling / 2 + (policy.random() * ceiling) / 2
  return Math.max(Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS), jittered)
}
