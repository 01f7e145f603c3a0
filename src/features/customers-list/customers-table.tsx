import type { ReactTable } from '@tanstack/react-table'
import { lazy, Suspense, useContext, useRef } from 'react'
import type { CustomerSummary } from '../../api/customer-schema'
import { DataTableHeader } from '../../components/data-table-header'
import { SkeletonRows } from '../../components/skeleton'
import '../../components/data-table.css'
import type { customerTableFeatures } from './customer-columns'
import type { CustomerListState } from './customers-list-url'
import { RowSelectionContext } from './row-selection-context'
import { CustomersTableRow, type CustomerRowModel } from './customers-table-row'
import type { RowFocusHandlers } from './use-row-focus-keeper'

type CustomerTable = ReactTable<typeof customerTableFeatures, CustomerSummary>

/** Above this many rows only the visible window is rendered. */
export const VIRTUALIZE_ABOVE = 100

const CustomersVirtualRows = lazy(() =>
  import('./customers-virtual-rows').then((module) => ({ default: module.CustomersVirtualRows })),
)

interface CustomersTableProps {
  table: CustomerTable
  sort: CustomerListState['sort']
  onSort: (sort: CustomerListState['sort']) => void
  /** Rows on screen are the previous search's while the next loads. */
  stale: boolean
  /** First load: no rows yet, skeleton rows stand in. */
  loading: boolean
  pinnedId: number | null
  skeletonRows: number
  rowFocus?: RowFocusHandlers
}

export function CustomersTable(props: CustomersTableProps) {
  const { table, sort, onSort, stale, loading, pinnedId } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const selection = useContext(RowSelectionContext)
  const rows = table.getRowModel().rows
  const virtual = rows.length > VIRTUALIZE_ABOVE
  const headers = table.getHeaderGroups()[0]?.headers ?? []

  const columnsKey = headers.map((header) => header.id).join(' ')
  const renderRow = (row: CustomerRowModel, index: number) => (
    <CustomersTableRow
      key={row.id}
      row={row}
      index={index}
      ariaRowIndex={virtual ? index + 2 : undefined}
      pinned={row.original.id === pinnedId}
      selected={selection?.isSelected(row.original.id) === true}
      columnsKey={columnsKey}
      focus={props.rowFocus}
    />
  )

  return (
    <div
      ref={scrollRef}
      className={`data-table-scroll customers-table${stale ? ' customers-table--stale' : ''}`}
    >
      <table
        className="data-table"
        aria-label="Customers"
        aria-busy={stale || loading}
        aria-rowcount={virtual ? rows.length + 1 : undefined}
      >
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            {headers.map((header) => {
              const meta = header.column.columnDef.meta
              const field = meta?.sortField
              return (
                <DataTableHeader
                  key={header.id}
                  align={meta?.align}
                  sort={field ? (sort.field === field ? sort.direction : null) : undefined}
                  onSort={
                    field
                      ? () =>
                          onSort({
                            field,
                            direction:
                              sort.field === field && sort.direction === 'asc' ? 'desc' : 'asc',
                          })
                      : undefined
                  }
                >
                  <table.FlexRender header={header} />
                </DataTableHeader>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {loading ? (
            <SkeletonRows rows={props.skeletonRows} columns={headers.length} />
          ) : virtual ? (
            // While its code loads (once), the first screenful of rows stands in.
            <Suspense fallback={rows.slice(0, 30).map(renderRow)}>
              <CustomersVirtualRows
                rows={rows}
                scrollRef={scrollRef}
                colSpan={headers.length}
                renderRow={renderRow}
              />
            </Suspense>
          ) : (
            rows.map(renderRow)
          )}
        </tbody>
      </table>
    </div>
  )
}
