import { useCallback, useEffect, useMemo, useRef, type FocusEvent, type RefObject } from 'react'

export interface RowFocusHandlers {
  /** Focus entered the row, or a dialog its action opened (React events cross portals). */
  onRowFocus: (id: number, index: number) => void
  onRowBlur: (event: FocusEvent) => void
}

/**
 * Keeps the keyboard user's place when the row holding focus leaves the list (deleted from its
 * row action, whose dialog goes with it): focus would fall to the page's body. It moves to the
 * ID link of the row that took the place (the next one, or the new last one), else to
 * `fallback` (the search box) when no row is left.
 */
export function useRowFocusKeeper(
  ids: readonly number[] | undefined,
  containerRef: RefObject<HTMLElement | null>,
  fallback: () => void,
): RowFocusHandlers {
  const focused = useRef<{ id: number; index: number } | null>(null)

  const onRowFocus = useCallback((id: number, index: number) => {
    focused.current = { id, index }
  }, [])
  const onRowBlur = useCallback(
    (event: FocusEvent) => {
      const next = event.relatedTarget
      // Into a dialog the row opened, or elsewhere in the table: still "in" the row's place.
      if (!(next instanceof Element) || next.closest('dialog')) return
      if (containerRef.current?.contains(next) && next.closest('tbody')) return
      focused.current = null
    },
    [containerRef],
  )

  useEffect(() => {
    const last = focused.current
    if (!last || !ids || ids.includes(last.id)) return
    focused.current = null
    const active = document.activeElement
    // Only when focus was lost (to the body, or to a container around the list that a dialog
    // fell back to): never pull it from where the person put it.
    const container = containerRef.current
    const lost =
      !active || !active.isConnected || (container !== null && active.contains(container))
    if (!lost) return
    const nextId = ids[Math.min(last.index, ids.length - 1)]
    const link =
      nextId === undefined
        ? null
        : containerRef.current?.querySelector<HTMLElement>(
            `table a[href$="/customers/${String(nextId)}"]`,
          )
    if (link) link.focus()
    else fallback()
  }, [ids, containerRef, fallback])

  // One object for the page's life: every row is drawn with it (and memoised on it).
  return useMemo(() => ({ onRowFocus, onRowBlur }), [onRowFocus, onRowBlur])
}
