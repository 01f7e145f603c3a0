import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { CustomerSummary } from '../../api/customer-readers'
import { Pagination } from '../../components/pagination'
import { formatCount, formatNumber } from '../../lib/format'
import { useDocumentTitle } from '../../lib/use-document-title'
import { CUSTOMERS_TITLE } from '../../lib/document-title'
import type { RemovalSelection } from '../../api/removed-customers'
import { SLOW_ANSWER_TEXT } from '../../api/slow-answer'
import { BulkActionsBar } from './bulk-actions-bar'
import { ColumnChooser } from './column-chooser'
import { CustomerFilters } from './customer-filters'
import { CustomerSearchBox } from './customer-search-box'
import { SELECT_ALL_CAP } from './customer-selection'
import type { CustomerCellContext } from './customer-columns'
import { CustomersTable } from './customers-table'
import { EmptyTenant, NoMatches, PastTheEnd, SearchFailure } from './customers-list-states'
import { PAGE_SIZES, type CustomerListState } from './customers-list-url'
import { RowSelectionContext, type RowSelection } from './row-selection-context'
import { useCustomerSelection } from './use-customer-selection'
import { useCustomersList, type CustomersListView } from './use-customers-list'
import { useCustomerColumns } from './use-customer-columns'
import { focusRow } from './row-keyboard'
import { useListPlace } from './use-list-place'
import { useRowFocusKeeper } from './use-row-focus-keeper'
import './customers-page.css'
import { ResultWindowNotice, SortRefusedNotice } from './search-notices'

interface CustomersPageProps {
  /** A per-row action (the delete button), shown in a last "Actions" column. */
  rowAction?: (customer: CustomerSummary, row: CustomerCellContext) => ReactNode
  /** "Remove selected…": the route opens the removal dialog; `started` clears the selection. */
  onRemoveSelected?: (selection: RemovalSelection, started: () => void) => void
  /** Select all matching stops here (lowered in tests). */
  selectAllCap?: number
  /** Rows per request when paging through every match (lowered in tests). */
  bulkFetchPageSize?: number
}

const NO_ROWS: CustomerSummary[] = []

/** The rows asked for (the first ones, or a new search's) are slow to come. */
function waitsSlowly(view: CustomersListView): boolean {
  return view.isSlow && (!view.rows || view.updating)
}

/**
 * The heading's status: the count, or what the list is waiting for. A slow answer is said here,
 * in the same line, rather than in a line of its own that would push the page down for as long
 * as the wait lasts and pull it back up when the rows come.
 */
function countText(view: CustomersListView, state: CustomerListState): string {
  if (waitsSlowly(view)) return SLOW_ANSWER_TEXT
  if (!view.rows) return view.error ? '' : 'Loading customers…'
  // Not the previous search's number while the next one runs.
  if (view.updating) return 'Updating customers…'
  if (view.total !== null) return formatCount(view.total, 'customer')
  // LoanPro did not say how many: count what is known, "+" when more pages may follow.
  const seen = (state.page - 1) * state.pageSize + view.rows.length
  return view.mayHaveNextPage ? `${formatNumber(seen)}+ customers` : formatCount(seen, 'customer')
}

export function CustomersPage(props: CustomersPageProps) {
  const { rowAction, selectAllCap = SELECT_ALL_CAP } = props
  useDocumentTitle(CUSTOMERS_TITLE)
  const { state, change, view } = useCustomersList()
  const { updating, filtered } = view
  const columns = useCustomerColumns(rowAction)
  const store = useCustomerSelection()
  const { selection, toggle, forget } = store
  const pageRows = view.rows && !view.isStale ? view.rows : null
  // Read by a Shift-click, not a dependency of the rows' selection: every row is drawn with
  // that object, and a new one for each answer (or each search's start) would redraw them all.
  const pageRowsRef = useRef(pageRows)
  useEffect(() => {
    pageRowsRef.current = pageRows
  }, [pageRows])
  const rowSelection = useMemo<RowSelection>(
    () => ({
      isSelected: (id) => selection.has(id),
      onToggle: (customer, checked, shiftKey) =>
        toggle(customer, checked, { shiftKey, pageRows: pageRowsRef.current ?? [] }),
      onDeleted: forget,
    }),
    [selection, toggle, forget],
  )
  const columnIds = columns.shown.map((column) => column.id).filter((id) => id !== 'actions')
  // The search the list now holds (typed text normalised), for the box to compare with.
  const onSearch = useCallback((q: string) => change({ kind: 'search', q }).q, [change])
  // Stable, so that what does not change when a search answers (filters, column headers) is
  // not redrawn with its rows.
  const onFilters = useCallback(
    (filters: Partial<Pick<CustomerListState, 'status' | 'customerType'>>) =>
      change({ kind: 'filters', ...filters }),
    [change],
  )
  const onSort = useCallback(
    (sort: CustomerListState['sort']) => change({ kind: 'sort', sort }),
    [change],
  )
  const pageRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const shownIds = useMemo(() => view.rows?.map((row) => row.id), [view.rows])
  const focusSearch = useCallback(() => searchRef.current?.focus(), [])
  const rowFocus = useRowFocusKeeper(shownIds, pageRef, focusSearch)

  const navigate = useNavigate()
  const openedId = useRef<number | null>(null)
  const openCustomer = useCallback(
    (id: number) => {
      openedId.current = id
      void navigate(`/customers/${id}`)
    },
    [navigate],
  )
  const settled = Boolean(view.rows) && !updating
  useListPlace(state, pageRef, settled, openedId)
  const focusFirstRow = useCallback(
    () => focusRow(pageRef.current?.querySelector<HTMLElement>('tbody tr[tabindex="0"]')),
    [],
  )

  // Enter in the search box opens the customer once this search's rows are in: the id typed
  // (pinned first) or the only match.
  const [openWhenFound, setOpenWhenFound] = useState<{ q: string } | null>(null)
  const handledOpen = useRef<{ q: string } | null>(null)
  useEffect(() => {
    if (!openWhenFound || handledOpen.current === openWhenFound) return
    if (!settled || state.q !== openWhenFound.q) return
    handledOpen.current = openWhenFound
    const only = view.rows?.length === 1 && state.page === 1 && (view.total ?? 1) === 1
    const id = view.pinnedId ?? (only ? view.rows?.[0]?.id : undefined)
    if (id !== undefined) openCustomer(id)
  }, [openWhenFound, settled, state.q, state.page, view, openCustomer])

  const rows = view.rows
  let body: ReactNode
  if (view.error && !rows) {
    body = <SearchFailure error={view.error} onRetry={view.refetch} />
  } else if (rows && rows.length === 0 && !view.isStale) {
    if (state.page > 1) {
      body = <PastTheEnd page={state.page} onFirstPage={() => change({ kind: 'page', page: 1 })} />
    } else if (!state.q && !filtered) {
      body = <EmptyTenant />
    } else {
      body = (
        <NoMatches
          q={state.q}
          filtered={filtered}
          onClearSearch={() => onSearch('')}
          onShowAll={() => change({ kind: 'showAll' })}
        />
      )
    }
  } else {
    body = (
      <>
        {view.error ? <SearchFailure error={view.error} onRetry={view.refetch} /> : null}
        <RowSelectionContext value={rowSelection}>
          <CustomersTable
            columns={columns.shown}
            rows={rows ?? NO_ROWS}
            sort={state.sort}
            onSort={onSort}
            stale={updating}
            loading={!rows}
            pinnedId={view.pinnedId}
            // A page's rows (25 fill the table's box): the table keeps its height when they come,
            // so nothing below it moves and only the table is laid out again.
            skeletonRows={Math.min(state.pageSize, 25)}
            rowFocus={rowFocus}
            onOpen={openCustomer}
            onLeaveTop={focusSearch}
          />
        </RowSelectionContext>
        <Pagination
          label="Customers pages"
          page={state.page}
          pageSize={state.pageSize}
          pageSizes={PAGE_SIZES}
          rowCount={rows?.length ?? null}
          total={view.total}
          mayHaveNextPage={view.mayHaveNextPage}
          maxPage={view.maxPage}
          formatNumber={formatNumber}
          onPageChange={(page) => change({ kind: 'page', page })}
          onPageSizeChange={(pageSize) => change({ kind: 'pageSize', pageSize })}
        />
        <ResultWindowNotice total={view.total} />
      </>
    )
  }

  return (
    <div ref={pageRef} className="customers-page">
      <div className="customers-page__heading">
        <h1>Customers</h1>
        <p
          role="status"
          className={
            waitsSlowly(view)
              ? 'customers-page__count customers-page__count--slow'
              : 'customers-page__count'
          }
        >
          {countText(view, state)}
        </p>
      </div>
      <div className="customers-page__toolbar">
        <CustomerSearchBox
          value={state.q}
          onSearch={onSearch}
          inputRef={searchRef}
          onEnter={(q) => setOpenWhenFound({ q })}
          onArrowDown={focusFirstRow}
          busy={updating || (view.isFetching && !view.rows)}
        />
        <CustomerFilters
          status={state.status}
          customerType={state.customerType}
          onChange={onFilters}
        />
        <ColumnChooser columns={columns} />
      </div>
      <SortRefusedNotice refused={view.sortRefused} />
      <BulkActionsBar
        store={store}
        search={state}
        pageRows={pageRows}
        total={view.total}
        updating={updating}
        loading={!view.rows && view.isFetching}
        morePages={view.mayHaveNextPage || state.page > 1}
        columnIds={columnIds}
        selectAllCap={selectAllCap}
        fetchPageSize={props.bulkFetchPageSize}
        onRemoveSelected={props.onRemoveSelected}
      />
      {body}
    </div>
  )
}
