import { useRef, type ReactNode } from 'react'
import { DataTableHeader } from '../../components/data-table-header'
import { TableScrollRegion } from '../../components/table-scroll-region'
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows'

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

/** A table that renders only the rows in view, so 100,000 rows scroll as smoothly as 10. */
export function ImportVirtualTable(props: ImportVirtualTableProps) {
  const { label, columns, rowCount, renderRow, rowClassName } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const { items, padTop, padBottom } = useVirtualRows({ count: rowCount, scrollRef })

  return (
    <TableScrollRegion
      label={label}
      className="data-table-scroll import-table"
      scrollRef={scrollRef}
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
          <SpacerRow height={padTop} colSpan={columns.length} />
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
          <SpacerRow height={padBottom} colSpan={columns.length} />
        </tbody>
      </table>
    </TableScrollRegion>
  )
}
