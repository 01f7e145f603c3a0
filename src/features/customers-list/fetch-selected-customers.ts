import type { CustomerSummary } from '../../api/customer-readers'
import { lookupCustomersByIds } from '../../api/customers'
import type { LoanProClient } from '../../api/http-client'
import type { BulkProgress, MatchingCustomers } from './fetch-matching-customers'

/**
 * Ids per look-up. LoanPro would take up to 10,000 (its result window: `$top` is the number of
 * ids), and a selection holds at most 10,000 customers; 1,000 a request keeps each answer
 * small (~0.65 MB of the fake's rows) and the export's progress moving in tenths.
 */
const LOOKUP_BATCH = 1000

/**
 * The selected customers as search rows (for an export of the selection), in id order. Each
 * look-up pages until its rows match LoanPro's total; an id no answer brought (deleted since
 * it was selected, or an answer that stayed short) is left out, and `complete` says so.
 */
export async function fetchSelectedCustomers(
  client: LoanProClient,
  ids: readonly number[],
  options: { signal?: AbortSignal; onProgress?: (progress: BulkProgress) => void } = {},
): Promise<MatchingCustomers> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b)
  const rows: CustomerSummary[] = []
  let complete = true
  for (let start = 0; start < sorted.length; start += LOOKUP_BATCH) {
    const batch = sorted.slice(start, start + LOOKUP_BATCH)
    const found = await lookupCustomersByIds(client, batch, options.signal)
    rows.push(...found.rows)
    complete &&= found.rows.length === batch.length
    options.onProgress?.({ done: rows.length, expected: sorted.length })
  }
  rows.sort((a, b) => a.id - b.id)
  return { rows, total: sorted.length, truncated: false, complete, byId: true }
}
