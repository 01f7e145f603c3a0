import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'
import { DataTableHeader } from '../../components/data-table-header'
import '../../components/data-table.css'

export interface ImportColumn {
  header: string
  align?: 'start' | 'end'
  /** CSS width, e.g. '6rem'; the last column takes the rest. */
  width?: string
}

interface ImportVirtualTableProps {
  label: string
  columns: readonly ImportColumn[]
  rowCount: number
  /** The cells of row `index`, one per column. */
  renderRow: (index: number) => ReactNode[]
  rowClassName?: (index: number) => string
  empty?: ReactNode
}

const ROW_HEIGHT = 36

/** A table that renders only the rows in view, so 100,000 rows scroll as smoothly as 10. */
export function ImportVirtualTable(props: ImportVirtualTableProps) {
  const { label, columns, rowCount, renderRow, rowClassName } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer's functions are read during render only, never memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  const items = virtualizer.getVirtualItems()
  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="data-table__spacer">
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    ) : null

  return (
    <div
      ref={scrollRef}
      className="data-table-scroll import-table"
      // A scrollable region must take focus so that keyboard users can scroll it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
    >
      <table className="data-table" aria-label={label} aria-rowcount={rowCount + 1}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.header} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <DataTableHeader key={column.header} align={column.align}>
                {column.header}
              </DataTableHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowCount === 0 && props.empty ? (
            <tr>
              <td colSpan={columns.length} className="muted">
                {props.empty}
              </td>
            </tr>
          ) : null}
          {spacer(padTop, 'top')}
          {items.map((item) => (
            <tr
              key={item.index}
              aria-rowindex={item.index + 2}
              className={[
                item.index % 2 === 1 ? 'data-table__row--alt' : '',
                rowClassName?.(item.index) ?? '',
              ].join(' ')}
            >
              {renderRow(item.index).map((cell, c) => (
                <td
                  key={c}
                  className={columns[c]?.align === 'end' ? 'data-table__cell--end' : undefined}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
          {spacer(padBottom, 'bottom')}
        </tbody>
      </table>
    </div>
  )
}
