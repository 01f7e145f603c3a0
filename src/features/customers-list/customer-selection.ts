import type { CustomerSummary } from '../../api/customer-readers'
import type { CustomerSearchParams } from '../../api/search-query'
import { formatCount } from '../../lib/format'

/** What the selection keeps of a customer: enough to name it and warn about loans. */
export interface SelectedCustomer {
  id: number
  displayName: string
  loansCount: number | null
}

export type CustomerSelection = ReadonlyMap<number, SelectedCustomer>

/** The search a selection belongs to: changing any of it clears the selection. */
export type SelectionScope = Pick<CustomerSearchParams, 'q' | 'status' | 'customerType'>

/** Select all matching stops here: a bigger removal is a file import, in rounds. */
export const SELECT_ALL_CAP = 10_000

export function toSelected(customer: CustomerSummary): SelectedCustomer {
  return { id: customer.id, displayName: customer.displayName, loansCount: customer.loansCount }
}

export function scopeKey(scope: SelectionScope): string {
  return JSON.stringify([scope.q, scope.status ?? '', scope.customerType ?? ''])
}

/** Why a selection was dropped, said as the person would see it. */
export function clearedReason(before: SelectionScope, after: SelectionScope): string {
  return before.q !== after.q
    ? 'Selection cleared because the search changed'
    : 'Selection cleared because the filters changed'
}

/** The selected ids in ascending order: a stable order for files and hand-overs. */
export function selectedIds(selection: CustomerSelection): number[] {
  return [...selection.keys()].sort((a, b) => a - b)
}

/** "Selection from search “smith” (3 customers)", naming the filters too. */
export function selectionLabel(scope: SelectionScope, count: number): string {
  const parts: string[] = []
  if (scope.q) parts.push(`search “${scope.q}”`)
  if (scope.status) parts.push(`status ${scope.status}`)
  if (scope.customerType) parts.push(`type ${scope.customerType}`)
  const from = parts.length > 0 ? parts.join(', ') : 'all customers'
  return `Selection from ${from} (${formatCount(count, 'customer')})`
}

/**
 * The ids of `rows` from `anchorId` to `targetId` inclusive, in page order, or null when the
 * anchor is not on this page (then Shift+click toggles one row only).
 */
export function rangeBetween(
  rows: readonly CustomerSummary[],
  anchorId: number,
  targetId: number,
): CustomerSummary[] | null {
  const from = rows.findIndex((row) => row.id === anchorId)
  const to = rows.findIndex((row) => row.id === targetId)
  if (from < 0 || to < 0) return null
  return rows.slice(Math.min(from, to), Math.max(from, to) + 1)
}
