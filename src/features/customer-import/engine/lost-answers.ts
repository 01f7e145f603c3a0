import type { JournalGroupCommit } from './journal-group-commit'
import type { RowRecord } from './import-journal'
import type { EngineClock, RemovalTenantPort } from './removal-tenant-port'
import type { RunRows } from './run-rows'
import { LOOKUP_ABSENT, lookupTenantCustomers } from './tenant-lookup'

/** Rows whose DELETE may have gone through without an answer are looked up, never resent blind. */
export const LOST_ANSWER = 'Removed; confirmed by a look-up after the answer was lost.'

/** Journals then marks removed the rows among `indices` the tenant no longer has (batched). */
export async function settleUnknownRows(
  tenant: { port: RemovalTenantPort; clock: EngineClock },
  rows: RunRows,
  commit: JournalGroupCommit,
  indices: readonly number[],
): Promise<void> {
  if (indices.length === 0) return
  const ids = Uint32Array.from(indices, (i) => rows.id(i))
  try {
    const found = await lookupTenantCustomers(tenant.port, ids, { clock: tenant.clock })
    const gone: RowRecord[] = []
    indices.forEach((index, k) => {
      rows.uncertain[index] = 0
      // Only a look-up shown complete proves absence; found or unsettled ids stay unknown.
      if (found.exists[k] !== LOOKUP_ABSENT) return
      rows.set(index, 'removed', LOST_ANSWER)
      gone.push(rows.record(index, 'removed', LOST_ANSWER))
    })
    await commit.recordMany(gone)
  } catch {
    // Each uncertain row is checked on its own before it is sent again.
  }
}

/** One customer: 'gone' | 'present' | 'unknown' (the look-up itself failed). */
export async function stillThere(
  port: RemovalTenantPort,
  id: number,
  signal: AbortSignal,
): Promise<'gone' | 'present' | 'unknown'> {
  try {
    const found = await port.lookupCustomers([id], signal)
    return found.some((customer) => customer.id === id) ? 'present' : 'gone'
  } catch {
    return 'unknown'
  }
}
