import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
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
 * from a customer, and puts scroll and focus back when the list is that same place again.
 * `ready`: the rows of this URL are on screen.
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
  // Read once, before this visit overwrites it.
  const [restore] = useState<ListPlace | null>(() => {
    const place = lastListPlace()
    return place?.href === href ? place : null
  })
  const restored = useRef(false)

  useEffect(() => {
    const place = lastListPlace()
    rememberListPlace(place?.href === href ? { ...place, label } : { href, label })
  }, [href, label])

  // Layout cleanup: runs while the rows are still in the document.
  useLayoutEffect(() => {
    const page = pageRef.current
    const opened = openedId
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
    if (!ready || !restore || restored.current) return
    restored.current = true
    if (restore.href !== href) return
    const page = pageRef.current
    const box = page?.querySelector('.customers-table')
    if (box && restore.listScrollTop !== undefined) box.scrollTop = restore.listScrollTop
    if (restore.windowScrollY) window.scrollTo(0, restore.windowScrollY)
    const row = page?.querySelector<HTMLElement>(
      `${ROW_SELECTOR}[data-customer-id="${restore.focusedKey ?? ''}"]`,
    )
    if (row) {
      row.focus({ preventScroll: true })
    } else if (restore.focusedKey) {
      // The row was deleted or moved on: the list's first row keeps the keyboard in the list.
      focusRow(page?.querySelector<HTMLElement>(ROW_SELECTOR))
    }
  }, [ready, restore, href, pageRef])
}
