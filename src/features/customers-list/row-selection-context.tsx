import { createContext } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { customerIdLink } from './customer-id-link'

export interface RowSelection {
  isSelected: (id: number) => boolean
  /** `shiftKey` extends from the last clicked row. */
  onToggle: (customer: CustomerSummary, checked: boolean, shiftKey: boolean) => void
  /** The row's customer was deleted: drop it from the selection. */
  onDeleted: (id: number) => void
}

/** Set by the page when rows can be selected; the ID cell reads it (columns stay static). */
export const RowSelectionContext = createContext<RowSelection | null>(null)

/**
 * The ID cell: the row's checkbox, then the id link. Space on the focused link toggles the
 * row too, so a keyboard user tabbing through ids can pick rows without leaving them (the
 * table body handles it: row-keyboard.ts). A plain function of the row (see
 * CustomerCellContext): the row re-renders when `checked` changes. Both controls are out of
 * the tab order from the start (one tab stop per row; ←/→ reach them).
 */
export function selectableIdCell(
  customer: CustomerSummary,
  selection: RowSelection | null,
  checked: boolean,
) {
  if (!selection) return customerIdLink(customer.id)
  return (
    <>
      <input
        type="checkbox"
        className="customers-table__check"
        tabIndex={-1}
        aria-label={`Select customer ${String(customer.id)}`}
        checked={checked}
        onChange={(event) => {
          // A checkbox's change comes from a click: its MouseEvent says whether Shift was held.
          const native = event.nativeEvent
          const shiftKey = native instanceof MouseEvent && native.shiftKey
          selection.onToggle(customer, event.target.checked, shiftKey)
        }}
      />
      {customerIdLink(customer.id)}
    </>
  )
}
