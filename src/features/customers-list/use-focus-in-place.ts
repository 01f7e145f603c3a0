import { useEffect, type RefObject } from 'react'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])'

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !element.closest('[hidden]'),
  )
}

/**
 * Keeps keyboard focus inside a toolbar whose controls swap places: "Select all matching"
 * becomes "Cancel selecting" and then goes away, "Download CSV" becomes "Cancel export" and
 * the panel closes. When the focused control leaves the page, focus moves to the control now
 * at its place (the same position among the toolbar's focusable controls, or the last one),
 * instead of falling to the page's body.
 */
export function useFocusInPlace(rootRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    // The position of the focused control, while focus is inside; null once it left.
    let place: number | null = null
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) place = focusables(root).indexOf(event.target)
    }
    const onFocusOut = (event: FocusEvent) => {
      const target = event.target
      if (event.relatedTarget instanceof Node) {
        if (!root.contains(event.relatedTarget)) place = null
        return
      }
      // To nowhere: a click on the page's background (the control stays) or a removal.
      queueMicrotask(() => {
        if (target instanceof HTMLElement && target.isConnected && !target.matches(':disabled'))
          place = null
      })
    }
    // Whichever component swapped the controls, the DOM says so.
    const observer = new MutationObserver(() => {
      if (place === null || place < 0) return
      const active = document.activeElement
      const controls = focusables(root)
      if (active instanceof HTMLElement && root.contains(active) && controls.includes(active)) {
        place = controls.indexOf(active)
        return
      }
      if (active && active !== document.body && active.isConnected && !active.matches(':disabled'))
        return
      controls[Math.min(place, controls.length - 1)]?.focus()
    })
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled', 'hidden'],
    })
    root.addEventListener('focusin', onFocusIn)
    root.addEventListener('focusout', onFocusOut)
    return () => {
      observer.disconnect()
      root.removeEventListener('focusin', onFocusIn)
      root.removeEventListener('focusout', onFocusOut)
    }
  }, [rootRef])
}
