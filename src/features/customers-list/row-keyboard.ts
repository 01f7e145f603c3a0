import type { KeyboardEvent, MouseEvent } from 'react'

/*
 * The keyboard model of the customer rows (WAI-ARIA's roving tabindex): the table is one tab
 * stop, the row last visited. ↑/↓ (or k/j), Home and End move between rows, Enter opens the
 * customer, x or Space selects the row, ←/→ step through the row's own controls (checkbox,
 * links, delete button), which are reachable but not tab stops of their own.
 */

export const ROW_SELECTOR = 'tr[data-customer-id]'
const CONTROLS = 'a[href], button:not([disabled]), input:not([disabled])'
const ID_LINK = 'input[type="checkbox"] + a[href]'

export interface RowKeyActions {
  open: (id: number) => void
  toggle: (id: number, shiftKey: boolean) => void
  /** ↑ on the first row: back to the search box. */
  leaveTop: () => void
}

export function rowId(row: Element): number {
  return Number(row.getAttribute('data-customer-id'))
}

/** The row an event happened in, when it happened in this table's body (not in a portal). */
export function eventRow(event: { currentTarget: Element; target: EventTarget }) {
  const target = event.target
  if (!(target instanceof Element) || !event.currentTarget.contains(target)) return null
  return target.closest<HTMLTableRowElement>(ROW_SELECTOR)
}

/** The row's own controls; dialogs a control opened are not part of the row. */
export function rowControls(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>(CONTROLS)).filter(
    (control) => !control.closest('dialog'),
  )
}

export function focusRow(row: HTMLElement | null | undefined): boolean {
  if (!row) return false
  row.focus()
  // jsdom has no scrollIntoView.
  row.scrollIntoView?.({ block: 'nearest' })
  return true
}

function rowsOf(body: Element): HTMLTableRowElement[] {
  return Array.from(body.querySelectorAll<HTMLTableRowElement>(ROW_SELECTOR))
}

export function onRowsKeyDown(event: KeyboardEvent<HTMLElement>, actions: RowKeyActions) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return
  const row = eventRow(event)
  if (!row) return
  const onRow = event.target === row
  const rows = rowsOf(event.currentTarget)
  const index = rows.indexOf(row)
  const handled = (() => {
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return focusRow(rows[index + 1]) || true
      case 'ArrowUp':
      case 'k':
        if (index === 0) actions.leaveTop()
        else focusRow(rows[index - 1])
        return true
      case 'Home':
        return onRow && focusRow(rows[0])
      case 'End':
        return onRow && focusRow(rows.at(-1))
      case 'ArrowRight':
      case 'ArrowLeft': {
        const stops = [row, ...rowControls(row)]
        const at = stops.indexOf(event.target as HTMLElement)
        const step = event.key === 'ArrowRight' ? 1 : -1
        stops[(at + step + stops.length) % stops.length]?.focus()
        return true
      }
      case 'Enter':
        if (onRow) actions.open(rowId(row))
        return onRow
      case 'x':
        actions.toggle(rowId(row), event.shiftKey)
        return true
      case ' ': {
        // On the row, or on its id link (the link right after the row's checkbox).
        const toggles = onRow || (event.target as Element).matches(ID_LINK)
        if (toggles) actions.toggle(rowId(row), event.shiftKey)
        return toggles
      }
      default:
        return false
    }
  })()
  if (handled) event.preventDefault()
}

/** A click anywhere on a row opens it, except on its controls or while selecting text. */
export function onRowsClick(event: MouseEvent<HTMLElement>, open: (id: number) => void) {
  const row = eventRow(event)
  if (!row || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return
  const target = event.target as Element
  if (target.closest('a, button, input, label, select, textarea, dialog')) return
  if (window.getSelection()?.toString()) return
  open(rowId(row))
}
