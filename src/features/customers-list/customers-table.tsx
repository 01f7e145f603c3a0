import {
  lazy,
  memo,
  Suspense,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { DataTableHeader } from '../../components/data-table-header'
import { SkeletonRows } from '../../components/skeleton'
import { useDelayedFlag } from '../../lib/use-delayed-flag'
import '../../components/data-table.css'
import { CustomerColumnWidths, type CustomerColumn } from './customer-columns'
import type { CustomerListState } from './customers-list-url'
import { RowSelectionContext } from './row-selection-context'
import { CustomersTableRow } from './customers-table-row'
import { useCustomerLinkEvents } from './customer-id-link'
import type { RowFocusHandlers } from './use-row-focus-keeper'
import { eventRow, onRowsClick, onRowsKeyDown, rowControls, rowId } from './row-keyboard'
import { useFirstScreenRows } from './first-screen-rows'
import { RowsWarmUp } from './rows-warm-up'

/**
 * A first page that answers within this time shows no skeleton rows before its rows: the
 * table's frame (headers, toolbar) is drawn while the answer is on its way, and a skeleton
 * that flashes for a moment would cost a render and a layout of its own.
 */
const SKELETON_AFTER_MS = 250

/** Above this many rows only the visible window is rendered. */
export const VIRTUALIZE_ABOVE = 100

const CustomersVirtualRows = lazy(() =>
  import('./customers-virtual-rows').then((module) => ({ default: module.CustomersVirtualRows })),
)

interface CustomersTableProps {
  /** The shown columns, in order: a new array only when they change (rows are memoised on it). */
  columns: readonly CustomerColumn[]
  rows: readonly CustomerSummary[]
  sort: CustomerListState['sort']
  onSort: (sort: CustomerListState['sort']) => void
  /** Rows on screen are the previous search's while the next loads. */
  stale: boolean
  /** First load: no rows yet, skeleton rows stand in. */
  loading: boolean
  pinnedId: number | null
  skeletonRows: number
  rowFocus?: RowFocusHandlers
  /** Opens a customer (a click on its row, Enter on it). */
  onOpen: (id: number) => void
  /** ↑ from the first row. */
  onLeaveTop: () => void
}

/** The row controls are reached with ←/→ inside the row, not with Tab (one tab stop per row). */
function useRowControlsOutOfTabOrder(bodyRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const update = () => {
      for (const control of rowControls(body)) if (control.tabIndex !== -1) control.tabIndex = -1
    }
    update()
    const observer = new MutationObserver(update)
    observer.observe(body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [bodyRef])
}

interface CustomersTableHeadProps {
  columns: readonly CustomerColumn[]
  sort: CustomerListState['sort']
  onSort: (sort: CustomerListState['sort']) => void
  /** Only a window of rows is rendered (rows carry their index). */
  virtual: boolean
}

/**
 * The columns' widths and headers. Memoised: when a search answers, the rows change and the
 * headers do not, so they are not redrawn with them.
 */
const CustomersTableHead = memo(function CustomersTableHead({
  columns,
  sort,
  onSort,
  virtual,
}: CustomersTableHeadProps) {
  return (
    <>
      <CustomerColumnWidths columns={columns} />
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
          {columns.map((column) => {
            const field = column.sortField
            return (
              <DataTableHeader
                key={column.id}
                align={column.align}
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
                {column.header}
              </DataTableHeader>
            )
          })}
        </tr>
      </thead>
    </>
  )
})

export function CustomersTable(props: CustomersTableProps) {
  const { columns, sort, onSort, stale, loading, pinnedId, onOpen } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const hintId = useId()
  const [activeId, setActiveId] = useState<number | null>(null)
  useRowControlsOutOfTabOrder(bodyRef)
  const selection = useContext(RowSelectionContext)
  const links = useCustomerLinkEvents(onOpen)
  const { rows } = props
  const skeleton = useDelayedFlag(loading, SKELETON_AFTER_MS)
  const virtual = rows.length > VIRTUALIZE_ABOVE
  const firstScreen = useFirstScreenRows(virtual ? 0 : rows.length)
  const tabStopId = rows.some((row) => row.id === activeId) ? activeId : (rows[0]?.id ?? null)
  const toggle = (id: number, shiftKey: boolean) => {
    const customer = rows.find((row) => row.id === id)
    if (customer && selection) selection.onToggle(customer, !selection.isSelected(id), shiftKey)
  }

  const renderRow = (customer: CustomerSummary, index: number) => (
    <CustomersTableRow
      key={customer.id}
      customer={customer}
      index={index}
      columns={columns}
      ariaRowIndex={virtual ? index + 2 : undefined}
      pinned={customer.id === pinnedId}
      selection={selection}
      selected={selection?.isSelected(customer.id) === true}
      tabbable={customer.id === tabStopId}
      focus={props.rowFocus}
    />
  )

  return (
    <div
      ref={scrollRef}
      className={`data-table-scroll customers-table${stale ? ' customers-table--stale' : ''}${
        loading ? ' customers-table--loading' : ''
      }`}
      // While the first rows are on their way (skeleton or not yet), the box already has their
      // height: nothing below it (the pager) moves when they come.
      style={loading ? ({ '--loading-rows': props.skeletonRows } as CSSProperties) : undefined}
    >
      <table
        className="data-table"
        aria-label="Customers"
        // Busy too while the boot's first rows have the rest of the page to come.
        aria-busy={stale || loading || !firstScreen.whole}
        aria-rowcount={virtual ? rows.length + 1 : undefined}
        aria-describedby={hintId}
      >
        <caption id={hintId} className="visually-hidden">
          ↑ and ↓ (or k and j) move between customers, Enter opens one, x or Space selects it, ← and
          → reach the row’s checkbox, links and delete button.
        </caption>
        <CustomersTableHead columns={columns} sort={sort} onSort={onSort} virtual={virtual} />
        {/* Keys and clicks of every row, handled once here (roving tabindex, row-wide click). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody
          ref={bodyRef}
          onKeyDown={(event) =>
            onRowsKeyDown(event, { open: onOpen, toggle, leaveTop: props.onLeaveTop })
          }
          onClick={(event) => {
            if (!links.onClick(event)) onRowsClick(event, onOpen)
          }}
          onMouseOver={links.onMouseOver}
          onPointerDown={links.onPointerDown}
          onFocus={(event) => {
            const row = eventRow(event)
            if (row) setActiveId(rowId(row))
            links.onFocus(event)
          }}
        >
          {loading ? null : virtual ? (
            // While its code loads (once), the first screenful of rows stands in.
            <Suspense fallback={rows.slice(0, 30).map(renderRow)}>
              <CustomersVirtualRows
                rows={rows}
                scrollRef={scrollRef}
                colSpan={columns.length}
                renderRow={renderRow}
              />
            </Suspense>
          ) : (
            rows.slice(0, firstScreen.shown).map(renderRow)
          )}
        </tbody>
        {loading && skeleton ? (
          <SkeletonRows rows={props.skeletonRows} columns={columns.length} />
        ) : null}
      </table>
      {loading ? <RowsWarmUp columns={columns} selection={selection} /> : null}
    </div>
  )
}
