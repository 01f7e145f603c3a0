import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { useCallback, useMemo } from 'react'
import { useStoredState } from '../../lib/use-stored-state'
import { OPTIONAL_COLUMNS } from './customer-columns'

const STORAGE_KEY = 'customer-manager.customers-list.columns'
const DEFAULT_VISIBLE = OPTIONAL_COLUMNS.filter((column) => column.visible)
  .map((column) => column.id)
  .join(',')

/** The stored value: the optional columns shown, comma-separated; unknown ids are dropped. */
export function parseVisibleColumns(raw: string | null): string {
  if (raw === null) return DEFAULT_VISIBLE
  return raw
    .split(',')
    .filter((id) => OPTIONAL_COLUMNS.some((column) => column.id === id))
    .join(',')
}

/** The column chooser's choice, per browser, in the shape TanStack Table's state wants. */
export function useColumnVisibility(): [
  ColumnVisibilityState,
  (updater: Updater<ColumnVisibilityState>) => void,
] {
  const [stored, setStored] = useStoredState(STORAGE_KEY, parseVisibleColumns)
  const visibility = useMemo(() => {
    const shown = new Set(stored.split(','))
    return Object.fromEntries(OPTIONAL_COLUMNS.map((column) => [column.id, shown.has(column.id)]))
  }, [stored])
  const setVisibility = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      const next = typeof updater === 'function' ? updater(visibility) : updater
      setStored(
        OPTIONAL_COLUMNS.filter((column) => next[column.id] !== false)
          .map((column) => column.id)
          .join(','),
      )
    },
    [visibility, setStored],
  )
  return [visibility, setVisibility]
}
