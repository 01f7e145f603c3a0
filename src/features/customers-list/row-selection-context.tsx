import { createContext, type KeyboardEvent } from 'react'
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
 * row too, so a keyboard user tabbing through ids can pick rows without leaving them. A plain
 * function of the row (see CustomerCellContext): the row re-renders when `checked` changes.
 */
export function selectableIdCell(
  customer: CustomerSummary,
  selection: RowSelection | null,
  checked: boolean,
) {
  if (!selection) return customerIdLink(customer.id)
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key !== ' ' || !(event.target instanceof HTMLAnchorElement)) return
    event.preventDefault()
    selection.onToggle(customer, !checked, event.shiftKey)
  }
  return (
    // The key handler only catches Space bubbling up from the link inside.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <span className="customers-table__select" onKeyDown={onKeyDown}>
      <input
        type="checkbox"
        aria-label={`Select customer ${customer.id}`}
        checked={checked}
        onChange={(event) => {
          // A checkbox's change comes from a click: its MouseEvent says whether Shift was held.
          const native = event.nativeEvent
          const shiftKey = native instanceof MouseEvent && native.shiftKey
          selection.onToggle(customer, event.target.checked, shiftKey)
        }}
      />
      {customerIdLink(customer.id)}
    </span>
  )
}
