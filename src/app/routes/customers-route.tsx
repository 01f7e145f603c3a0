import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import type { CustomerSummary } from '../../api/customer-schema'
import { DeleteCustomerButton } from '../../features/customer-delete/delete-customer-button'
import type { RemovalSelection } from '../../features/customers-list/bulk-actions-bar'
import { CustomersPage } from '../../features/customers-list/customers-page'
import { useListedCustomerDeleted } from '../../features/customers-list/row-selection-context'

function DeleteRowAction({ customer }: { customer: CustomerSummary }) {
  // A deleted customer leaves the list's selection too, so no bulk removal can name it.
  const onDeleted = useListedCustomerDeleted()
  return <DeleteCustomerButton customer={customer} variant="row" onDeleted={onDeleted} />
}

// Module level: a stable function, so the table's columns are not rebuilt on every render.
const deleteRowAction = (customer: CustomerSummary) => <DeleteRowAction customer={customer} />

/**
 * `/customers`: the Customer Manager, with the delete dialog as the row action. "Remove
 * selected…" hands the selection to the import wizard in router state (not the URL: it may
 * hold thousands of ids), where it is validated, confirmed, run and journaled like a file.
 */
export function Component() {
  const navigate = useNavigate()
  const onRemoveSelected = useCallback(
    (removalSelection: RemovalSelection) => {
      void navigate('/import', { state: { removalSelection } })
    },
    [navigate],
  )
  return <CustomersPage rowAction={deleteRowAction} onRemoveSelected={onRemoveSelected} />
}
