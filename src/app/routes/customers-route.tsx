import type { CustomerSummary } from '../../api/customer-schema'
import { DeleteCustomerButton } from '../../features/customer-delete/delete-customer-button'
import { CustomersPage } from '../../features/customers-list/customers-page'

// Module level: a stable function, so the table's columns are not rebuilt on every render.
const deleteRowAction = (customer: CustomerSummary) => (
  <DeleteCustomerButton customer={customer} variant="row" />
)

/** `/customers`: the Customer Manager, with the delete dialog as the row action. */
export function Component() {
  return <CustomersPage rowAction={deleteRowAction} />
}
