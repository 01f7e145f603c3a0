import { useCallback, useMemo, type ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { useStoredState } from '../../lib/use-stored-state'
import {
  buildCustomerColumns,
  OPTIONAL_COLUMNS,
  type CustomerCellContext,
  type CustomerColumn,
} from './customer-columns'

const STORAGE_KEY = 'customer-manager.customers-list.columns'
const DEFAULT_SHOWN = OPTIONAL_COLUMNS.filter((column) => column.optional === 'shown')
  .map((column) => column.id)
  .join(',')
const isOptional = (id: string) => OPTIONAL_COLUMNS.some((column) => column.id === id)

/** The stored value: the optional columns shown, comma-separated; unknown ids are dropped. */
export function parseShownColumns(raw: string | null): string {
  if (raw === null) return DEFAULT_SHOWN
  return raw.split(',').filter(isOptional).join(',')
}

export interface CustomerColumns {
  /** The columns on screen, in order. */
  shown: CustomerColumn[]
  /** The columns a person may hide, in order, for the column chooser. */
  optional: CustomerColumn[]
  isShown: (id: string) => boolean
  setShown: (id: string, shown: boolean) => void
}

/**
 * The list's columns: the fixed ones, the optional ones the column chooser shows (remembered
 * per browser), and the per-row action last when there is one.
 */
export function useCustomerColumns(
  rowAction?: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode,
): CustomerColumns {
  const all = useMemo(() => buildCustomerColumns(rowAction), [rowAction])
  const [stored, setStored] = useStoredState(STORAGE_KEY, parseShownColumns)
  const shownIds = useMemo(() => new Set(stored.split(',')), [stored])
  const isShown = useCallback((id: string) => !isOptional(id) || shownIds.has(id), [shownIds])
  const setShown = useCallback(
    (id: string, shown: boolean) =>
      setStored(
        OPTIONAL_COLUMNS.filter((column) => (column.id === id ? shown : shownIds.has(column.id)))
          .map((column) => column.id)
          .join(','),
      ),
    [shownIds, setStored],
  )
  return useMemo(
    () => ({
      shown: all.filter((column) => isShown(column.id)),
      optional: all.filter((column) => column.optional),
      isShown,
      setShown,
    }),
    [all, isShown, setShown],
  )
}
