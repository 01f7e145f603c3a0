import { CannotDeleteDialog } from './cannot-delete-dialog'
import { DeleteCustomerDialog, type DeletableCustomer } from './delete-customer-dialog'
import { DialogPending } from './dialog-pending'
import { useLinkedLoans } from './use-linked-loans'

interface CustomerDeleteFlowProps {
  customer: DeletableCustomer
  onClose: () => void
  onDeleted?: (id: number) => void
  /** True while the linked loans are being checked: the trigger shows it is busy. */
  onPending: (pending: boolean) => void
}

/**
 * What the delete button opens: "Cannot delete customer" for a customer linked to loans, the
 * delete confirmation otherwise. Nothing opens until the loans are known, so one dialog never
 * turns into the other.
 */
export function CustomerDeleteFlow({
  customer,
  onClose,
  onDeleted,
  onPending,
}: CustomerDeleteFlowProps) {
  const loans = useLinkedLoans(customer.id, customer.loansCount)
  if (loans.status === 'checking') return <DialogPending onPending={onPending} onCancel={onClose} />
  if (loans.status === 'linked') {
    return <CannotDeleteDialog customer={customer} loanCount={loans.count} onClose={onClose} />
  }
  return (
    <DeleteCustomerDialog
      customer={customer}
      loans={loans}
      onClose={onClose}
      onDeleted={onDeleted}
    />
  )
}
