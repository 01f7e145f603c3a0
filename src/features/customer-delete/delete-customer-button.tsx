import { lazy, Suspense, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { createPortal } from 'react-dom'
import { focusableAncestors, restoreFocus } from '../../components/alert-dialog-focus'
import type * as DialogModule from './delete-customer-dialog'
import './delete-customer.css'

/*
 * The dialog, its hooks and messages are a chunk of their own: the list shows a button on
 * every row, yet few sessions open the dialog, so its code stays out of the first load.
 */
let dialogModule: Promise<typeof DialogModule> | undefined

function loadDialog() {
  dialogModule ??= import('./delete-customer-dialog').catch((error: unknown) => {
    dialogModule = undefined // let a later hover try again
    throw error
  })
  return dialogModule
}

/** On hover or focus, so that the click usually finds the code already there. */
function preloadDialog() {
  loadDialog().catch(() => undefined) // a failed load shows when the dialog is opened
}

const LazyDeleteCustomerDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.DeleteCustomerDialog })),
)

/** The Suspense fallback: tells the button that the dialog is on its way, while it is. */
function DialogLoading({ onPending }: { onPending: (pending: boolean) => void }) {
  useLayoutEffect(() => {
    onPending(true)
    return () => onPending(false)
  }, [onPending])
  return null
}

export interface DeleteCustomerButtonProps {
  customer: DialogModule.DeletableCustomer
  /** 'header': a labelled button for the overview; 'row': a small icon button for a table row. */
  variant: 'header' | 'row'
  /** After LoanPro confirmed the delete and the caches were updated. */
  onDeleted?: (id: number) => void
}

/** Opens the delete confirmation for one customer; the same dialog from the list and the overview. */
export function DeleteCustomerButton({ customer, variant, onDeleted }: DeleteCustomerButtonProps) {
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  useFocusKeptWhenRemoved(buttonRef)
  const row = variant === 'row'
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={
          row
            ? 'button button--ghost button--small delete-customer__trigger--row'
            : 'button delete-customer__trigger--header'
        }
        // Not disabled while the code loads: the button keeps focus, for the dialog to return it.
        aria-busy={pending || undefined}
        aria-haspopup="dialog"
        aria-label={row ? `Delete customer ${customer.id}` : undefined}
        title={row ? `Delete customer ${customer.id}` : undefined}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => setOpen(true)}
      >
        {row ? <TrashIcon /> : 'Delete customer'}
      </button>
      {/* In the body, not in a table cell: the dialog must not inherit the cell's styles. */}
      {open &&
        createPortal(
          <Suspense fallback={<DialogLoading onPending={setPending} />}>
            <LazyDeleteCustomerDialog
              customer={customer}
              onClose={() => setOpen(false)}
              onDeleted={onDeleted}
            />
          </Suspense>,
          document.body,
        )}
    </>
  )
}

/**
 * After a delete the dialog hands focus back to its trigger, and then the trigger's row leaves
 * the list: move focus to the nearest surviving focusable ancestor instead of `<body>`.
 */
function useFocusKeptWhenRemoved(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current
    return () => {
      // Still in the page during this cleanup; which ancestors survive is known just after.
      if (!element || document.activeElement !== element) return
      const fallbacks = focusableAncestors(element)
      queueMicrotask(() => {
        if (document.activeElement === element || document.activeElement === document.body)
          restoreFocus(null, fallbacks)
      })
    }
  }, [ref])
}

function TrashIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2.5 4h11M6.5 4V2.5h3V4M4 4l.7 9.5h6.6L12 4M6.75 6.5v4.5M9.25 6.5v4.5" />
    </svg>
  )
}
