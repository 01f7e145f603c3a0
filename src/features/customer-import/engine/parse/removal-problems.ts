/** One thing wrong (or worth a note) with a row of the removal file. */
export interface RowProblem {
  /** Line number in the file; the header is line 1. */
  line: number
  /** The customer id as written in the file (may be junk). */
  customerId: string
  message: string
  severity: 'error' | 'warning'
  /** Why the tenant refuses the row, when it does: for grouping in a preview. */
  reason?: 'linked-to-loans' | 'not-found' | 'unsettled'
  /** The customer's display name, when the tenant knows the customer. */
  name?: string
}

export type ValidationType = 'file' | 'line'

export const SIZE_LIMIT_BYTES = 100 * 1024 * 1024
