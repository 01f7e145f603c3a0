import { useTable } from '@tanstack/react-table'
import { useMemo, type ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { buildCustomerColumns, customerTableFeatures } from './customer-columns'
import { useColumnVisibility } from './use-column-visibility'

const NO_ROWS: CustomerSummary[] = []
const rowId = (row: CustomerSummary) => String(row.id)

/**
 * The TanStack table over one server page: it only renders. Paging and sorting happen on the
 * server (the URL drives the request); the table owns column visibility.
 */
export function useCustomersTable(
  rows: CustomerSummary[] | undefined,
  rowAction?: (customer: CustomerSummary) => ReactNode,
) {
  const columns = useMemo(() => buildCustomerColumns(rowAction), [rowAction])
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  return useTable({
    features: customerTableFeatures,
    columns,
    data: rows ?? NO_ROWS,
    getRowId: rowId,
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
  })
}
