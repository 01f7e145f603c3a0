import { useId, useRef, useState, type FormEvent } from 'react'
import { AlertDialog } from '../../components/alert-dialog'
import { DeleteErrorMessage } from './delete-error-message'
import { LinkedLoansNotice } from './linked-loans-notice'
import { useDeleteCustomer } from './use-delete-customer'
import type { LinkedLoansCheck } from './use-linked-loans'
import './delete-customer.css'

export interface DeletableCustomer {
  id: number
  displayName: string
  /** From a search row; when absent the dialog reads the customer's Loans itself. */
  loansCount?: number | null
}

interface DeleteCustomerDialogProps {
  customer: DeletableCustomer
  /** The linked-loans check, made by whoever opened the dialog (one check, one request). */
  loans: LinkedLoansCheck
  onClose: () => void
  onDeleted?: (id: number) => void
}

/** Surrounding spaces are forgiven (a pasted id); anything else must match exactly. */
export function confirmationMatches(typed: string, id: number): boolean {
  return typed.trim() === String(id)
}

/**
 * The confirmation for one customer. Mounted only while open, so every opening starts with an
 * empty box and no old error.
 */
export function DeleteCustomerDialog({
  customer,
  loans,
  onClose,
  onDeleted,
}: DeleteCustomerDialogProps) {
  const { id, displayName } = customer
  const cancelRef = useRef<HTMLButtonElement>(null)
  const formId = useId()
  const inputId = useId()
  const hintId = useId()
  const [typed, setTyped] = useState('')
  const { submit, isPending, error } = useDeleteCustomer({
    id,
    onDeleted: (deletedId) => {
      onClose()
      onDeleted?.(deletedId)
    },
  })

  const blocked =
    loans.status === 'checking' ||
    loans.status === 'linked' ||
    (loans.status === 'failed' && !loans.canAttempt)
  const canDelete = !blocked && confirmationMatches(typed, id)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (canDelete) submit()
  }

  return (
    <AlertDialog
      open
      title="Delete customer"
      onClose={onClose}
      initialFocusRef={cancelRef}
      busy={isPending}
      actions={
        <>
          <button
            ref={cancelRef}
            type="button"
            className="button"
            disabled={isPending}
            onClick={onClose}
          >
            Cancel
          </button>
          {/* aria-disabled while pending keeps focus on the button that was pressed. */}
          <button
            type="submit"
            form={formId}
            className="button button--danger"
            disabled={!canDelete && !isPending}
            aria-disabled={isPending || undefined}
          >
            {isPending ? 'Deleting…' : 'Delete permanently'}
          </button>
        </>
      }
    >
      <p>
        Delete <strong>{displayName}</strong> (ID {id})? The customer&apos;s contact information,
        employer, references, payment profiles, notes and documents are removed and cannot be
        recovered. Loans are not deleted.
      </p>
      <div aria-live="polite">
        <LinkedLoansNotice check={loans} customer={customer} />
      </div>
      <form id={formId} className="field" onSubmit={handleSubmit} noValidate>
        <label htmlFor={inputId} className="field__label">
          Customer ID to confirm
        </label>
        <input
          id={inputId}
          className="input delete-customer__input"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          disabled={blocked}
          readOnly={isPending}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
        <span id={hintId} className="field__hint">
          Type <strong>{id}</strong> to confirm.
        </span>
      </form>
      {error && <DeleteErrorMessage error={error} />}
    </AlertDialog>
  )
}
