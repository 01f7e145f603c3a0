import { useRef } from 'react'
import { AlertDialog } from '../../components/alert-dialog'
import { formatCount, formatNumber } from '../../lib/format'

interface RemoveCustomersDialogProps {
  open: boolean
  count: number
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}

export function removeLabel(count: number): string {
  return count === 1 ? 'Remove 1 customer' : `Remove ${formatNumber(count)} customers`
}

/** The last stop before a bulk removal: what goes, what stays, and that it is final. */
export function RemoveCustomersDialog(props: RemoveCustomersDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <AlertDialog
      open={props.open}
      title="Remove customers"
      onClose={props.onCancel}
      initialFocusRef={cancelRef}
      busy={props.busy}
      actions={
        <>
          <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            {removeLabel(props.count)}
          </button>
        </>
      }
    >
      <p>
        <strong>{formatCount(props.count, 'customer')}</strong> will be removed from LoanPro, with
        their contact information, employer, references, payment profiles, notes and documents.
      </p>
      <p>Removed customers cannot be recovered. Loans are not deleted.</p>
    </AlertDialog>
  )
}
