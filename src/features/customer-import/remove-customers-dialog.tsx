import { useId, useRef, useState, type ReactNode } from 'react'
import { AlertDialog } from '../../components/alert-dialog'
import { formatCount, formatNumber } from '../../lib/format'
import './remove-customers-dialog.css'

/** Removing more than this many customers asks for the number to be typed. */
export const TYPE_TO_CONFIRM_ABOVE = 25

interface RemoveCustomersDialogProps {
  open: boolean
  /** Customers the confirm button removes; 0 disables it. */
  count: number
  busy: boolean
  onCancel: () => void
  onConfirm?: () => void
  /** The impact preview shown above the warning (the in-place removal's). */
  children?: ReactNode
  /** Hide the warning and the confirm button (nothing to confirm yet, e.g. still checking). */
  pending?: boolean
  threshold?: number
}

export function removeLabel(count: number): string {
  return count === 1 ? 'Remove 1 customer' : `Remove ${formatNumber(count)} customers`
}

/**
 * The last stop before a bulk removal: what goes, what stays, and that it is final. Friction
 * follows the risk: up to `threshold` customers it is one click; above, the count is typed.
 */
export function RemoveCustomersDialog(props: RemoveCustomersDialogProps) {
  const { open } = props
  return open ? <OpenDialog {...props} /> : null
}

function OpenDialog(props: RemoveCustomersDialogProps) {
  const { count, busy, pending = false, threshold = TYPE_TO_CONFIRM_ABOVE } = props
  const cancelRef = useRef<HTMLButtonElement>(null)
  const [typed, setTyped] = useState('')
  const inputId = useId()
  const typeCount = count > threshold
  const confirmed = !typeCount || typed.replace(/[\s,]/g, '') === String(count)
  return (
    <AlertDialog
      open
      title="Remove customers"
      onClose={props.onCancel}
      initialFocusRef={cancelRef}
      busy={busy}
      actions={
        <>
          <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          {pending ? null : (
            <button
              type="button"
              className="button button--danger"
              disabled={busy || count === 0 || !confirmed}
              onClick={props.onConfirm}
            >
              {removeLabel(count)}
            </button>
          )}
        </>
      }
    >
      {props.children}
      {pending || count === 0 ? null : (
        <>
          <p>
            <strong>{formatCount(count, 'customer')}</strong> will be removed from LoanPro, with
            their contact information, employer, references, payment profiles, notes and documents.
          </p>
          <p>Removed customers cannot be recovered. Loans are not deleted.</p>
          {typeCount ? (
            <div className="remove-dialog__type">
              <label htmlFor={inputId}>Number of customers to confirm</label>
              <p id={`${inputId}-hint`} className="muted">
                Type <strong>{count}</strong> to remove them.
              </p>
              <input
                id={inputId}
                className="input"
                inputMode="numeric"
                autoComplete="off"
                aria-describedby={`${inputId}-hint`}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
          ) : null}
        </>
      )}
    </AlertDialog>
  )
}
