import { customerPresence, deleteCustomer } from '../../api/customers'
import { lookupCustomersOnce } from '../../api/search-requests'
import type { LoanProClient } from '../../api/http-client'
import { markedAsRun } from '../../api/run-requests'
import { SEARCH_RESULT_WINDOW } from '../../api/search-query'
import { readSignedInUser } from '../../api/team-user'
import type { RemovalTenantPort, TenantCustomer } from './engine/removal-tenant-port'

/**
 * The engine's view of a LoanPro tenant: id look-ups (one request per call and per
 * 10,000 ids, the result window; the engine asks unsettled ids again), and DELETE.
 */
export function createRemovalPort(
  anyClient: LoanProClient,
  inTeamMode = readSignedInUser() !== null,
): RemovalTenantPort {
  // Team mode: the server lets bulk removers only run, and audits a DELETE under its run id.
  const client = markedAsRun(anyClient, inTeamMode)
  return {
    async lookupCustomers(ids, signal) {
      const found: TenantCustomer[] = []
      const unsettled: number[] = []
      for (let start = 0; start < ids.length; start += SEARCH_RESULT_WINDOW) {
        const batch = ids.slice(start, start + SEARCH_RESULT_WINDOW)
        const { rows, complete } = await lookupCustomersOnce(client, batch, signal)
        for (const row of rows) {
          // An unknown loan count lets the DELETE decide (LoanPro refuses linked customers).
          found.push({ id: row.id, displayName: row.displayName, loansCount: row.loansCount ?? 0 })
        }
        // Not shown complete: an id missing from the answer is unsettled, not absent.
        if (!complete) {
          const seen = new Set(rows.map((row) => row.id))
          unsettled.push(...batch.filter((id) => !seen.has(id)))
        }
      }
      return Object.assign(found, { unsettled })
    },
    async deleteCustomer(id, signal, runId) {
      await deleteCustomer(runId ? markedAsRun(anyClient, inTeamMode, runId) : client, id, signal)
    },
    customerPresence: (id, signal) => customerPresence(client, id, signal),
  }
}
