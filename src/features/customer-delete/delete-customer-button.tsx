import {
  lazy,
  Suspense,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react'
import { createPortal } from 'react-dom'
import { focusableAncestors, restoreFocus } from '../../components/alert-dialog-focus'
import { formatCount } from '../../lib/format'
import type * as FlowModule from './customer-delete-flow'
import type { DeletableCustomer } from './delete-customer-dialog'
import { DialogPending } from './dialog-pending'
import './delete-customer.css'

/*
 * The dialog, its hooks and messages are a chunk of their own: the list shows a button on
 * every row, yet few sessions open the dialog, so its code stays out of the first load.
 */
let dialogModule: Promise<typeof FlowModule> | undefined

function loadDialog() {
  dialogModule ??= import('./customer-delete-flow').catch((error: unknown) => {
    dialogModule = undefined // let a later hover try again
    throw error
  })
  return dialogModule
}

/** On hover or focus, so that the click usually finds the code already there. */
function preloadDialog() {
  loadDialog().catch(() => undefined) // a failed load shows when the dialog is opened
}

const LazyCustomerDeleteFlow = lazy(() =>
  loadDialog().then((module) => ({ default: module.CustomerDeleteFlow })),
)

export interface DeleteCustomerButtonProps {
  customer: DeletableCustomer
  /** 'header': a labelled button for the overview; 'row': a small icon button for a table row. */
  variant: 'header' | 'row'
  /** After LoanPro confirmed the delete and the caches were updated. */
  onDeleted?: (id: number) => void
}

function triggerClass(row: boolean, blocked: boolean): string {
  if (!row) return 'button delete-customer__trigger--header'
  const base = 'button button--ghost button--small delete-customer__trigger--row'
  return blocked ? `${base} delete-customer__trigger--blocked` : base
}

/**
 * Opens the delete confirmation for one customer, or "Cannot delete customer" when loans are
 * linked; the same dialogs from the list and the overview. A row that is known to be linked
 * says so before it is pressed: another icon and a description.
 */
export function DeleteCustomerButton({ customer, variant, onDeleted }: DeleteCustomerButtonProps) {
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const reasonId = useId()
  useFocusKeptWhenRemoved(buttonRef)
  const row = variant === 'row'
  const loans = customer.loansCount ?? 0
  const reason =
    loans > 0
      ? `Unavailable: linked to ${formatCount(loans, 'loan')}, which LoanPro does not allow.`
      : null
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={triggerClass(row, reason !== null)}
        // Not disabled while the code loads: the button keeps focus, for the dialog to return it.
        aria-busy={pending || undefined}
        aria-haspopup="dialog"
        aria-label={row ? `Delete customer ${customer.id}` : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={row ? `Delete customer ${customer.id}${reason ? ` (${reason})` : ''}` : undefined}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => setOpen(true)}
      >
        {row ? reason ? <LockedIcon /> : <TrashIcon /> : 'Delete customer'}
      </button>
      {reason ? (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      ) : null}
      {/* In the body, not in a table cell: the dialog must not inherit the cell's styles. */}
      {open &&
        createPortal(
          <Suspense
            fallback={<DialogPending onPending={setPending} onCancel={() => setOpen(false)} />}
          >
            <LazyCustomerDeleteFlow
              customer={customer}
              onClose={() => setOpen(false)}
              onDeleted={onDeleted}
              onPending={setPending}
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

/** A 16 px line icon in the text colour; the button's name says what it does. */
function RowIcon({ children }: { children: ReactNode }) {
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
      {children}
    </svg>
  )
}

function TrashIcon() {
  return (
    <RowIcon>
      <path d="M2.5 4h11M6.5 4V2.5h3V4M4 4l.7 9.5h6.6L12 4M6.75 6.5v4.5M9.25 6.5v4.5" />
    </RowIcon>
  )
}

/** A trash can behind a "no" sign: this row's customer cannot be deleted. */
function LockedIcon() {
  return (
    <RowIcon>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M4 12 12 4" />
    </RowIcon>
  )
}
