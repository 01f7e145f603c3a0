import type { ReactNode } from 'react'
import { TableScrollRegion } from '../../components/table-scroll-region'
import { Cell, EmptyState } from './view-parts'

/** One column of a collection's table. */
export interface NestedColumn<T> {
  header: string
  /** What the cell shows; null, undefined and '' show a dash. */
  cell: (row: T) => ReactNode
  /** Classes of the body cells (`overview-nowrap`, `overview-break`). */
  className?: string
  /** Right-aligned, header included. */
  numeric?: boolean
  /** The cell names its row (`th scope="row"`). */
  rowHeader?: boolean
}

/** A collection shown as a table: its accessible name, its empty state, its columns. */
interface NestedTableSpec<T> {
  label: string
  empty: string
  columns: readonly NestedColumn<T>[]
}

function cellClass(column: { numeric?: boolean; className?: string }): string | undefined {
  return (
    [column.numeric ? 'overview-num' : '', column.className ?? ''].join(' ').trim() || undefined
  )
}

/** The table of one nested collection, or its empty state. */
export function NestedTable<T extends { id: number | null }>({
  label,
  empty,
  columns,
  rows,
}: NestedTableSpec<T> & { rows: readonly T[] }) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>
  return (
    <TableScrollRegion label={label} className="overview-table-wrap">
      <table className="overview-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={column.numeric ? 'overview-num' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id ?? `row-${index}`}>
              {columns.map((column) => {
                const content = <Cell>{column.cell(row)}</Cell>
                return column.rowHeader ? (
                  <th key={column.header} scope="row" className={cellClass(column)}>
                    {content}
                  </th>
                ) : (
                  <td key={column.header} className={cellClass(column)}>
                    {content}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScrollRegion>
  )
}

/** A collection's view from its table spec (nested-table-columns.tsx). */
export function tableView<T extends { id: number | null }>(spec: NestedTableSpec<T>) {
  return (rows: T[]) => <NestedTable {...spec} rows={rows} />
}
