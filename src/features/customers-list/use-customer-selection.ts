import { useCallback, useMemo, useRef, useState } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { useRemovedCustomers } from '../../api/removed-customers'
import {
  rangeBetween,
  toSelected,
  type CustomerSelection,
  type SelectedCustomer,
} from './customer-selection'

const EMPTY: CustomerSelection = new Map()

export interface CustomerSelectionStore {
  selection: CustomerSelection
  /** The last thing that happened to the selection, for a status message. */
  notice: string
  setNotice: (notice: string) => void
  /** A row's checkbox: with Shift, the range from the last clicked row on `pageRows`. */
  toggle: (
    customer: CustomerSummary,
    checked: boolean,
    range?: { shiftKey: boolean; pageRows: readonly CustomerSummary[] },
  ) => void
  setMany: (customers: readonly CustomerSummary[], checked: boolean) => void
  replace: (customers: readonly CustomerSummary[]) => void
  clear: () => void
  /** A customer that no longer exists (deleted from its row) leaves the selection quietly. */
  forget: (id: number) => void
}

function withRows(
  selection: CustomerSelection,
  rows: readonly CustomerSummary[],
  checked: boolean,
): CustomerSelection {
  const next = new Map<number, SelectedCustomer>(selection)
  for (const row of rows) {
    if (checked) next.set(row.id, toSelected(row))
    else next.delete(row.id)
  }
  return next
}

/**
 * The customers picked for a bulk action, across pages and searches: it survives paging,
 * sorting, page size, a new search and new filters, and a customer opened from the list (the
 * bar's "n selected" chip lists it, to check and clear it before anything is removed).
 */
export function useCustomerSelection(): CustomerSelectionStore {
  const [selection, setSelection] = useState<CustomerSelection>(EMPTY)
  const [notice, setNotice] = useState('')
  // A Shift+click anchor from another search is not on the page: one row toggles then.
  const anchorRef = useRef<number | null>(null)

  const toggle = useCallback<CustomerSelectionStore['toggle']>((customer, checked, range) => {
    const anchor = anchorRef.current
    const rows =
      range?.shiftKey && anchor !== null
        ? (rangeBetween(range.pageRows, anchor, customer.id) ?? [customer])
        : [customer]
    anchorRef.current = customer.id
    setSelection((current) => withRows(current, rows, checked))
    setNotice('')
  }, [])

  const setMany = useCallback((customers: readonly CustomerSummary[], checked: boolean) => {
    setSelection((current) => withRows(current, customers, checked))
    setNotice('')
  }, [])

  const replace = useCallback((customers: readonly CustomerSummary[]) => {
    setSelection(withRows(EMPTY, customers, true))
  }, [])

  const clear = useCallback(() => {
    anchorRef.current = null
    setSelection(EMPTY)
    setNotice('Selection cleared')
  }, [])

  const forget = useCallback((id: number) => {
    setSelection((current) => {
      if (!current.has(id)) return current
      const next = new Map(current)
      next.delete(id)
      return next
    })
  }, [])

  // What this app removed (removed-customers.ts) is not selected, however it was removed: a
  // customer deleted from its overview while the list was kept, hidden, under it
  // (customers-area.tsx).
  const removed = useRemovedCustomers()
  const shown = useMemo(() => {
    if (!removed || ![...selection.keys()].some((id) => removed.has(id))) return selection
    return new Map([...selection].filter(([id]) => !removed.has(id)))
  }, [selection, removed])

  return { selection: shown, notice, setNotice, toggle, setMany, replace, clear, forget }
}
