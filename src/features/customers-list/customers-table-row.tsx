import { memo } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import type { CustomerColumn } from './customer-columns'
import type { RowSelection } from './row-selection-context'
import type { RowFocusHandlers } from './use-row-focus-keeper'

interface CustomersTableRowProps {
  customer: CustomerSummary
  index: number
  /** The shown columns, in order; a new array (the chooser changed them) re-renders the row. */
  columns: readonly CustomerColumn[]
  /** Set when only a window of rows is rendered. */
  ariaRowIndex: number | undefined
  pinned: boolean
  selection: RowSelection | null
  selected: boolean
  /** The table's one tab stop (roving tabindex); the other rows are reached by arrow keys. */
  tabbable: boolean
  /** Stable handlers: where focus is, so it can move on when the row is deleted. */
  focus?: RowFocusHandlers
}

function cellClass(column: CustomerColumn): string | undefined {
  if (column.align === 'end') return 'data-table__cell--end'
  return column.fullText ? 'customers-table__clip' : undefined
}

/**
 * One customer row: its cells are the columns' plain functions of the customer, so a row is
 * one component and its elements. Memoised: while a new search loads, the page re-renders with
 * the same rows (dimmed), and those renders should not redo every cell, so the next rows land
 * sooner.
 */
export const CustomersTableRow = memo(function CustomersTableRow(props: CustomersTableRowProps) {
  const { customer, index, pinned, selected, focus } = props
  const context = { selection: props.selection, selected }
  return (
    <tr
      data-customer-id={customer.id}
      // A row is focusable so that the keyboard moves by rows (keys handled on the table body).
      tabIndex={props.tabbable ? 0 : -1}
      aria-rowindex={props.ariaRowIndex}
      onFocus={focus ? () => focus.onRowFocus(customer.id, index) : undefined}
      onBlur={focus?.onRowBlur}
      className={[
        index % 2 === 1 ? 'data-table__row--alt' : '',
        pinned ? 'customers-table__row--pinned' : '',
        selected ? 'customers-table__row--selected' : '',
      ].join(' ')}
    >
      {props.columns.map((column) => (
        <td
          key={column.id}
          className={cellClass(column)}
          title={column.fullText?.(customer) || undefined}
        >
          {column.cell(customer, context)}
        </td>
      ))}
    </tr>
  )
})
