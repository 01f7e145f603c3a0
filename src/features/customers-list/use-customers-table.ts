import { useTable } from '@tanstack/react-table'
import { useMemo, type ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import {
  buildCustomerColumns,
  customerTableFeatures,
  type CustomerCellContext,
} from './customer-columns'
import { useColumnVisibility } from './use-column-visibility'

const NO_ROWS: CustomerSummary[] = []

/**
 * The TanStack table of the list's columns: which are shown (the column chooser) and their
 * headers. Paging and sorting happen on the server (the URL drives the request), and the rows
 * draw themselves from the page's customers and the columns' cell functions, so the table
 * holds no rows: a row model would build an object per cell that nothing reads.
 */
export function useCustomersTable(
  rowAction?: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode,
) {
  const columns = useMemo(() => buildCustomerColumns(rowAction), [rowAction])
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  return useTable({
    features: customerTableFeatures,
    columns,
    data: NO_ROWS,
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
  })
}
