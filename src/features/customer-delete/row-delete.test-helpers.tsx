import type { DeletableCustomer } from './delete-customer-dialog'
import { useRowDelete } from './delete-customer-button'

/** One list row's delete button and the dialog it opens, as the customers route renders them. */
export function RowDeleteButton(props: {
  customer: DeletableCustomer
  onDeleted?: (id: number) => void
}) {
  const { button, dialog } = useRowDelete()
  return (
    <>
      {button(props.customer, props.onDeleted)}
      {dialog}
    </>
  )
}
