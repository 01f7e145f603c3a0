import { useRef } from 'react'
import { Link } from 'react-router'
import { AlertDialog } from '../../components/alert-dialog'
import { formatCount } from '../../lib/format'
import './delete-customer.css'

interface CannotDeleteDialogProps {
  customer: { id: number; displayName: string }
  loanCount: number
  onClose: () => void
}

/**
 * For a customer LoanPro will not delete because loans are linked: says why and leads to the
 * loans. Nothing in it deletes.
 */
export function CannotDeleteDialog({ customer, loanCount, onClose }: CannotDeleteDialogProps) {
  const closeRef = useRef<HTMLButtonElement>(null)
  const { id, displayName } = customer
  return (
    <AlertDialog
      open
      title="Cannot delete customer"
      onClose={onClose}
      initialFocusRef={closeRef}
      actions={
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>
        <strong>{displayName}</strong> (ID {id}) is linked to {formatCount(loanCount, 'loan')}.
        LoanPro does not delete a customer who has loans.
      </p>
      <p>To remove this customer, unlink them from the loans in LoanPro first.</p>
      <p>
        <Link to={`/customers/${id}/loans`} className="cannot-delete__link" onClick={onClose}>
          View loans
        </Link>
      </p>
    </AlertDialog>
  )
}
