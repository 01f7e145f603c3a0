import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'
import { lastListPlace, rememberListPlace, type ListPlace } from '../../lib/last-list-place'
import type { CustomerListState } from './customers-list-url'
import { isPrivateQuery } from './private-query'
import { focusRow, ROW_SELECTOR, rowId } from './row-keyboard'

/** What the overview's way back says: where it goes. */
export function listPlaceLabel(state: CustomerListState): string {
  const what = !state.q
    ? 'Customers'
    : isPrivateQuery(state.q)
      ? 'Results for the private (SSN) search'
      : `Results for “${state.q}”`
  return state.page > 1 ? `${what}, page ${state.page}` : what
}

/**
 * Remembers this list (URL, then scroll and the focused row when it is left) for the way back
 * from a customer, and puts scroll and focus back when the list is that same place again:
 * mounted anew, or shown again after the customer it opened (customers-area.tsx keeps it,
 * hidden, and runs its effects again when it shows). `ready`: the rows of this URL are on
 * screen.
 */
export function useListPlace(
  state: CustomerListState,
  pageRef: RefObject<HTMLElement | null>,
  ready: boolean,
  openedId: RefObject<number | null>,
) {
  const location = useLocation()
  const href = `${location.pathname}${location.search}`
  const label = listPlaceLabel(state)
  // The place to put back, read as the list appears, before this visit overwrites it.
  const restore = useRef<ListPlace | null>(null)

  useEffect(() => {
    const place = lastListPlace()
    rememberListPlace(place?.href === href ? { ...place, label } : { href, label })
  }, [href, label])

  // Layout effects: they run before the passive one above, and their cleanup while the rows
  // are still in the document (and shown: before a hidden list is hidden).
  useLayoutEffect(() => {
    const page = pageRef.current
    const opened = openedId
    const place = lastListPlace()
    restore.current = place?.href === href ? place : null
    return () => {
      const place = lastListPlace()
      if (!page || place?.href !== href) return
      const row = document.activeElement?.closest(ROW_SELECTOR)
      const focusedId = row && page.contains(row) ? rowId(row) : opened.current
      rememberListPlace({
        ...place,
        windowScrollY: window.scrollY,
        listScrollTop: page.querySelector('.customers-table')?.scrollTop ?? 0,
        focusedKey: focusedId === null ? undefined : String(focusedId),
      })
    }
  }, [href, pageRef, openedId])

  useEffect(() => {
    const place = restore.current
    if (!ready || !place) return
    restore.current = null
    const page = pageRef.current
    const box = page?.querySelector('.customers-table')
    if (box && place.listScrollTop !== undefined) box.scrollTop = place.listScrollTop
    if (place.windowScrollY) window.scrollTo(0, place.windowScrollY)
    const row = page?.querySelector<HTMLElement>(
      `${ROW_SELECTOR}[data-customer-id="${place.focusedKey ?? ''}"]`,
    )
    if (row) {
      row.focus({ preventScroll: true })
    } else if (place.focusedKey) {
      // The row was deleted or moved on: the list's first row keeps the keyboard in the list.
      focusRow(page?.querySelector<HTMLElement>(ROW_SELECTOR))
    }
  }, [ready, href, pageRef])
}
