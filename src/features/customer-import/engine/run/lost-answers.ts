import type { JournalGroupCommit } from './journal-group-commit'
import type { RowRecord } from './import-journal'
import type { EngineClock, RemovalTenantPort } from '../removal-tenant-port'
import type { RunRows } from './run-rows'

/**
 * The message of a row found gone by a check (an answer lost or unclear, a retry, a resume).
 * Only a plain `GET Customers(id)` answering 409/404 counts: search lags deletes and may
 * answer short, so absence from a search is never proof (docs/loanpro-api.md §8).
 */
export const LOST_ANSWER =
  'Removed (confirmed): LoanPro no longer has this customer; checked before sending again.'

/** Checks at a time when many rows are settled together (after a reload or a cancel). */
const CHECK_CONCURRENCY = 4

/**
 * Journals then marks removed the rows among `indices` that a plain GET finds gone. Rows
 * still there, or whose check failed, stay uncertain when the check failed: each is
 * checked again before it is sent.
 */
export async function settleUnknownRows(
  tenant: { port: RemovalTenantPort; clock: EngineClock },
  rows: RunRows,
  commit: JournalGroupCommit,
  indices: readonly number[],
): Promise<void> {
  if (indices.length === 0) return
  const gone: RowRecord[] = []
  let next = 0
  const worker = async () => {
    while (next < indices.length) {
      const index = indices[next++] as number
      const outcome = await stillThere(tenant.port, rows.id(index))
      if (outcome === 'unknown') continue
      rows.uncertain[index] = 0
      if (outcome === 'gone') gone.push(rows.record(index, 'removed', LOST_ANSWER))
    }
  }
  await Promise.all(Array.from({ length: Math.min(CHECK_CONCURRENCY, indices.length) }, worker))
  try {
    // Journaled before shown: a reload must never forget a confirmed removal.
    await commit.recordMany(gone)
  } catch {
    // Not saved: those rows stay uncertain and are checked again before any DELETE.
    for (const record of gone) rows.uncertain[record.index] = 1
    return
  }
  for (const record of gone) rows.set(record.index, 'removed', LOST_ANSWER)
}

/**
 * One customer, by a plain `GET Customers(id)`: 'gone' (409/404), 'present', or 'unknown'
 * (the check itself failed: nothing may be concluded).
 */
export async function stillThere(
  port: RemovalTenantPort,
  id: number,
  signal?: AbortSignal,
): Promise<'gone' | 'present' | 'unknown'> {
  try {
    return await port.customerPresence(id, signal)
  } catch {
    return 'unknown'
  }
}
