import { lazy, Suspense, useCallback, useState } from 'react'
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

interface DeleteFlowPortalProps {
  customer: DeletableCustomer
  /** The button that opened it: it shows that the dialog is on its way (aria-busy). */
  trigger: HTMLElement | null
  onClose: () => void
  onDeleted?: (id: number) => void
}

/**
 * The delete flow, in the body rather than in a table cell (the dialog must not inherit the
 * cell's styles), behind its lazily loaded code. The trigger keeps focus while the code and
 * the linked-loans check are on their way (not disabled), for the dialog to return it.
 */
function DeleteFlowPortal({ customer, trigger, onClose, onDeleted }: DeleteFlowPortalProps) {
  const onPending = useCallback(
    (pending: boolean) => {
      if (pending) trigger?.setAttribute('aria-busy', 'true')
      else trigger?.removeAttribute('aria-busy')
    },
    [trigger],
  )
  return createPortal(
    <Suspense fallback={<DialogPending onPending={onPending} onCancel={onClose} />}>
      <LazyCustomerDeleteFlow
        customer={customer}
        onClose={onClose}
        onDeleted={onDeleted}
        onPending={onPending}
      />
    </Suspense>,
    document.body,
  )
}

interface DeleteCustomerButtonProps {
  customer: DeletableCustomer
  /** After LoanPro confirmed the delete and the caches were updated. */
  onDeleted?: (id: number) => void
}

/**
 * The overview's "Delete customer": the delete confirmation, or "Cannot delete customer" when
 * loans are linked; the same dialogs as a list row's button (`useRowDelete`).
 */
export function DeleteCustomerButton({ customer, onDeleted }: DeleteCustomerButtonProps) {
  // The button, while its dialog is open.
  const [trigger, setTrigger] = useState<HTMLElement | null>(null)
  return (
    <>
      <button
        type="button"
        className="button delete-customer__trigger--header"
        aria-haspopup="dialog"
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={(event) => setTrigger(event.currentTarget)}
      >
        Delete customer
      </button>
      {trigger ? (
        <DeleteFlowPortal
          customer={customer}
          trigger={trigger}
          onClose={() => setTrigger(null)}
          onDeleted={(id) => {
            keepFocusWhenRemoved(trigger)
            onDeleted?.(id)
          }}
        />
      ) : null}
    </>
  )
}

interface RowDeleteTarget {
  customer: DeletableCustomer
  trigger: HTMLElement
  onDeleted?: (id: number) => void
}

/**
 * The list rows' delete buttons: `button(customer)` draws one (a plain function, no hooks: a
 * page has up to 250 of them, and a component with its state per row was a large part of
 * painting the rows); `dialog` is the one delete flow they open, to render once beside the
 * table. A row that is known to be linked to loans says so before it is pressed: another icon
 * and a description.
 */
export function useRowDelete() {
  const [target, setTarget] = useState<RowDeleteTarget | null>(null)
  const button = useCallback(
    (customer: DeletableCustomer, onDeleted?: (id: number) => void) =>
      rowDeleteButton(customer, (trigger) => setTarget({ customer, trigger, onDeleted })),
    [],
  )
  const dialog = target ? (
    <DeleteFlowPortal
      customer={target.customer}
      trigger={target.trigger}
      onClose={() => setTarget(null)}
      onDeleted={(id) => {
        keepFocusWhenRemoved(target.trigger)
        target.onDeleted?.(id)
      }}
    />
  ) : null
  return { button, dialog }
}

function rowDeleteButton(customer: DeletableCustomer, open: (trigger: HTMLElement) => void) {
  const loans = customer.loansCount ?? 0
  const reason =
    loans > 0
      ? `Unavailable: linked to ${formatCount(loans, 'loan')}, which LoanPro does not allow.`
      : null
  // One row per customer in a list: the id makes the description's id unique on the page.
  const reasonId = `delete-customer-reason-${String(customer.id)}`
  const label = `Delete customer ${String(customer.id)}`
  return (
    <>
      <button
        type="button"
        className={`button button--ghost button--small delete-customer__trigger--row${reason ? ' delete-customer__trigger--blocked' : ''}`}
        aria-haspopup="dialog"
        aria-label={label}
        aria-describedby={reason ? reasonId : undefined}
        title={reason ? `${label} (${reason})` : label}
        // A list row is one tab stop: ←/→ reach its controls (customers-table.tsx).
        tabIndex={-1}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={(event) => open(event.currentTarget)}
      ></button>
      {reason ? (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      ) : null}
    </>
  )
}

/**
 * After a delete the dialog hands focus back to its trigger, and then the trigger leaves the
 * page (its row, or the overview): until it is gone (or focus has moved on), the page is
 * watched, and focus moves to the nearest surviving focusable ancestor instead of `<body>`.
 */
function keepFocusWhenRemoved(trigger: HTMLElement) {
  const fallbacks = focusableAncestors(trigger)
  const stop = () => {
    observer.disconnect()
    document.removeEventListener('focusin', onFocusIn)
  }
  const onFocusIn = (event: FocusEvent) => {
    if (event.target !== trigger) stop()
  }
  const observer = new MutationObserver(() => {
    if (trigger.isConnected) return
    stop()
    const active = document.activeElement
    if (!active || active === document.body || active === trigger) restoreFocus(null, fallbacks)
  })
  observer.observe(document.body, { childList: true, subtree: true })
  document.addEventListener('focusin', onFocusIn)
}
