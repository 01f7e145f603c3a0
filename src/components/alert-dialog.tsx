import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { focusableAncestors, restoreFocus } from './alert-dialog-focus'
import './alert-dialog.css'

interface AlertDialogProps {
  open: boolean
  title: string
  /** Called for Escape and Cancel; ignored while `busy` so a request in flight is not abandoned. */
  onClose: () => void
  /** Receives focus when the dialog opens (the APG alertdialog pattern: the least destructive action). */
  initialFocusRef: RefObject<HTMLElement | null>
  busy?: boolean
  children: ReactNode
  /** The buttons row. */
  actions: ReactNode
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Tab from the last control goes to the first and Shift+Tab from the first to the last, as
 * the APG asks. A modal `<dialog>` alone lets Tab leave for the browser's own UI, and the
 * `open` fallback traps nothing.
 */
function wrapFocus(dialog: HTMLElement, event: KeyboardEvent<HTMLElement>) {
  const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE))
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (!first || !last) return
  const active = document.activeElement
  const outside = !(active instanceof Node) || !dialog.contains(active)
  if (event.shiftKey && (active === first || active === dialog || outside)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault()
    first.focus()
  }
}

/**
 * WAI-ARIA alertdialog on the native `<dialog>` with `showModal()`: the page behind is inert,
 * Tab stays inside, Escape closes, and focus returns to the element that opened it.
 */
export function AlertDialog({
  open,
  title,
  onClose,
  initialFocusRef,
  busy = false,
  children,
  actions,
}: AlertDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const fallbacks = focusableAncestors(opener)
    if (!dialog.open) {
      // jsdom lacks showModal; fall back to `open` so the dialog still renders in tests.
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    }
    initialFocusRef.current?.focus()
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close()
      else dialog.removeAttribute('open')
      restoreFocus(opener, fallbacks)
    }
  }, [open, initialFocusRef])

  if (!open) return null
  return (
    // The click handler only stops portal bubbling; the dialog itself is no control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      aria-busy={busy || undefined}
      className="alert-dialog"
      onCancel={(event) => {
        // Escape: the browser would close the dialog itself; keep React in charge of `open`.
        event.preventDefault()
        if (!busy) onClose()
      }}
      onKeyDown={(event) => {
        // jsdom and the `open` fallback have no native Escape handling.
        if (event.key === 'Escape') {
          event.preventDefault()
          if (!busy) onClose()
        }
        if (event.key === 'Tab') wrapFocus(event.currentTarget, event)
        // React bubbles through portals: a dialog opened from a table row must not also
        // trigger the row's own click or key handlers.
        event.stopPropagation()
      }}
      onClick={(event) => event.stopPropagation()}
    >
      <h2 id={titleId} className="alert-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="alert-dialog__body">
        {children}
      </div>
      <div className="alert-dialog__actions">{actions}</div>
    </dialog>
  )
}
