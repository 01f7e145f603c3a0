import type { ReactNode } from 'react'

export type SortDirection = 'asc' | 'desc'

interface DataTableHeaderProps {
  children: ReactNode
  /** Present for sortable columns: the current direction, or null when sorted by another. */
  sort?: SortDirection | null
  onSort?: () => void
  align?: 'start' | 'end'
  className?: string
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * A `columnheader`. Sortable ones hold a button (the control) and carry `aria-sort` on the
 * header itself, as the APG sortable-table pattern asks.
 */
export function DataTableHeader({
  children,
  sort,
  onSort,
  align,
  className,
}: DataTableHeaderProps) {
  const classes = ['data-table__header', align === 'end' ? 'data-table__cell--end' : '', className]
    .filter(Boolean)
    .join(' ')
  if (!onSort) {
    return (
      <th scope="col" className={classes}>
        {children}
      </th>
    )
  }
  return (
    <th scope="col" className={classes} aria-sort={sort ? ARIA_SORT[sort] : 'none'}>
      <button type="button" className="data-table__sort" onClick={onSort}>
        {children}
        <span className="data-table__sort-icon" aria-hidden="true">
          {sort === 'asc' ? '▲' : sort === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}
