import { lazy, Suspense, useCallback, useState } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { useCan } from '../../api/team-session'
import type { RemovalSelection } from '../../api/removed-customers'
import { useRowDelete } from '../../features/customer-delete/delete-customer-button'
import type { CustomerCellContext } from '../../features/customers-list/customer-columns'
import { CustomersPage } from '../../features/customers-list/customers-page'

// Loaded when "Remove selected…" is pressed: the check, preview and run start are no part of
// the list's first load.
const RemoveSelectionDialog = lazy(() =>
  import('../../features/customer-import/remove-selection-dialog').then((module) => ({
    default: module.RemoveSelectionDialog,
  })),
)

interface PendingRemoval {
  selection: RemovalSelection
  started: () => void
}

/**
 * `/customers`: the Customer Manager, with the delete dialog as the row action. "Remove
 * selected…" opens the removal dialog in place; its run goes on in the app's import engine
 * while the person keeps browsing.
 */
export function Component() {
  const [pending, setPending] = useState<PendingRemoval | null>(null)
  // Team mode: a role that may not delete is offered no delete (the server refuses it too).
  const canDelete = useCan('delete')
  const canRemoveMany = useCan('bulk-remove')
  const rowDelete = useRowDelete()
  const deleteButton = rowDelete.button
  // Stable, so the table's columns are not rebuilt on every render. A deleted customer leaves
  // the list's selection too, so no bulk removal can name it.
  const deleteRowAction = useCallback(
    (customer: CustomerSummary, row: CustomerCellContext) =>
      deleteButton(customer, row.selection?.onDeleted),
    [deleteButton],
  )
  const onRemoveSelected = useCallback(
    (selection: RemovalSelection, started: () => void) => setPending({ selection, started }),
    [],
  )
  return (
    <>
      <CustomersPage
        rowAction={canDelete ? deleteRowAction : undefined}
        onRemoveSelected={canRemoveMany ? onRemoveSelected : undefined}
      />
      {rowDelete.dialog}
      {pending ? (
        <Suspense fallback={null}>
          <RemoveSelectionDialog
            selection={pending.selection}
            onStarted={pending.started}
            onClose={() => setPending(null)}
          />
        </Suspense>
      ) : null}
    </>
  )
}
