import { FlexRender, type ReactTable } from '@tanstack/react-table'
import { memo } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import type { customerTableFeatures } from './customer-columns'
import type { RowFocusHandlers } from './use-row-focus-keeper'

type CustomerTable = ReactTable<typeof customerTableFeatures, CustomerSummary>
export type CustomerRowModel = ReturnType<CustomerTable['getRowModel']>['rows'][number]

interface CustomersTableRowProps {
  row: CustomerRowModel
  index: number
  /** Set when only a window of rows is rendered. */
  ariaRowIndex: number | undefined
  pinned: boolean
  selected: boolean
  /** The visible column ids, joined: a change re-renders the row's cells. */
  columnsKey: string
  /** The table's one tab stop (roving tabindex); the other rows are reached by arrow keys. */
  tabbable: boolean
  /** Stable handlers: where focus is, so it can move on when the row is deleted. */
  focus?: RowFocusHandlers
}

/**
 * One customer row. Memoised: while a new search loads, the page re-renders with the same
 * rows (dimmed), and those renders should not redo every cell, so the next rows land sooner.
 */
export const CustomersTableRow = memo(function CustomersTableRow(props: CustomersTableRowProps) {
  const { row, index, pinned, selected, focus } = props
  return (
    <tr
      data-customer-id={row.original.id}
      // A row is focusable so that the keyboard moves by rows (keys handled on the table body).
      tabIndex={props.tabbable ? 0 : -1}
      aria-rowindex={props.ariaRowIndex}
      onFocus={focus ? () => focus.onRowFocus(row.original.id, index) : undefined}
      onBlur={focus?.onRowBlur}
      className={[
        index % 2 === 1 ? 'data-table__row--alt' : '',
        pinned ? 'customers-table__row--pinned' : '',
        selected ? 'customers-table__row--selected' : '',
      ].join(' ')}
    >
      {row.getVisibleCells().map((cell) => (
        <td
          key={cell.id}
          className={
            cell.column.columnDef.meta?.align === 'end' ? 'data-table__cell--end' : undefined
          }
        >
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
})
