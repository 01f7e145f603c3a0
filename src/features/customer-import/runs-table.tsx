import type { ReactNode } from 'react'
import { TableScrollRegion } from '../../components/table-scroll-region'
import { formatNumber } from '../../lib/format'
import { COUNT_WORDS, type CountKey, type RunCountValues } from './run-count-words'

/** The counts a runs table shows, in this order. */
const COUNT_KEYS: readonly CountKey[] = ['rejected', 'removed', 'failed', 'notSent']

interface RunsTableProps {
  /** The table's accessible name. */
  label: string
  busy: boolean
  /** Leading column headers. */
  columns: readonly string[]
  /** Right-aligned columns after the counts. */
  endColumns?: readonly string[]
  /** Said in a single row when there are no runs. */
  empty: string | null
  /** One `tr` a run: `columns`, `RunCountCells`, `endColumns`, the status and the actions. */
  children: ReactNode
}

/**
 * A table of runs (this browser's history, the server's runs): `columns` first, then the four
 * counts, `endColumns`, Status and an unnamed column for the row's actions.
 */
export function RunsTable({
  label,
  busy,
  columns,
  endColumns = [],
  empty,
  children,
}: RunsTableProps) {
  return (
    <TableScrollRegion label={label}>
      <table className="data-table" aria-label={label} aria-busy={busy}>
        <thead>
          <tr>
            {columns.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            {COUNT_KEYS.map((key) => (
              <th key={key} scope="col" className="data-table__cell--end">
                {COUNT_WORDS[key]}
              </th>
            ))}
            {endColumns.map((h) => (
              <th key={h} scope="col" className="data-table__cell--end">
                {h}
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {empty !== null ? (
            <tr>
              <td
                colSpan={columns.length + COUNT_KEYS.length + endColumns.length + 2}
                className="muted"
              >
                {empty}
              </td>
            </tr>
          ) : null}
          {children}
        </tbody>
      </table>
    </TableScrollRegion>
  )
}

/** A run's four count cells, in the order of `RunsTable`'s head. */
export function RunCountCells({ counts }: { counts: RunCountValues }) {
  return COUNT_KEYS.map((key) => (
    <td key={key} className="data-table__cell--end">
      {formatNumber(counts[key])}
    </td>
  ))
}
