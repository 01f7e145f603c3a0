import { useCallback, type ReactNode } from 'react'
import type { CustomerSummary } from '../../api/customer-schema'
import { Pagination } from '../../components/pagination'
import { formatCount, formatNumber } from '../../lib/format'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ColumnChooser } from './column-chooser'
import { CustomerFilters } from './customer-filters'
import { CustomerSearchBox } from './customer-search-box'
import { CustomersTable } from './customers-table'
import { EmptyTenant, NoMatches, PastTheEnd, SearchFailure } from './customers-list-states'
import { hasFilters, PAGE_SIZES, type CustomerListState } from './customers-list-url'
import { useCustomerSearch, type CustomerSearchView } from './use-customer-search'
import { useCustomersListState } from './use-customers-list-state'
import { useCustomersTable } from './use-customers-table'
import './customers-page.css'

interface CustomersPageProps {
  /** A per-row action (the delete button), shown in a last "Actions" column. */
  rowAction?: (customer: CustomerSummary) => ReactNode
}

function countText(view: CustomerSearchView, state: CustomerListState): string {
  if (!view.rows) return view.error ? '' : 'Loading customers…'
  if (view.total !== null) return formatCount(view.total, 'customer')
  // LoanPro did not say how many: count what is known, "+" when more pages may follow.
  const seen = (state.page - 1) * state.pageSize + view.rows.length
  return view.mayHaveNextPage ? `${formatNumber(seen)}+ customers` : formatCount(seen, 'customer')
}

export function CustomersPage({ rowAction }: CustomersPageProps) {
  useDocumentTitle('Customers')
  const { state, change } = useCustomersListState()
  const view = useCustomerSearch(state)
  const table = useCustomersTable(view.rows, rowAction)
  const onSearch = useCallback((q: string) => change({ kind: 'search', q }), [change])
  const filtered = hasFilters(state)

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
        <CustomersTable
          table={table}
          sort={state.sort}
          onSort={(sort) => change({ kind: 'sort', sort })}
          stale={view.isStale}
          loading={!rows}
          pinnedId={view.pinnedId}
          skeletonRows={Math.min(state.pageSize, 12)}
        />
        <Pagination
          label="Customers pages"
          page={state.page}
          pageSize={state.pageSize}
          pageSizes={PAGE_SIZES}
          rowCount={rows?.length ?? 0}
          total={view.total}
          mayHaveNextPage={view.mayHaveNextPage}
          formatNumber={formatNumber}
          onPageChange={(page) => change({ kind: 'page', page })}
          onPageSizeChange={(pageSize) => change({ kind: 'pageSize', pageSize })}
        />
      </>
    )
  }

  return (
    <div className="customers-page">
      <div className="customers-page__heading">
        <h1>Customers</h1>
        <p role="status" className="customers-page__count">
          {countText(view, state)}
        </p>
      </div>
      <div className="customers-page__toolbar">
        <CustomerSearchBox value={state.q} onSearch={onSearch} />
        <CustomerFilters
          status={state.status}
          customerType={state.customerType}
          onChange={(filters) => change({ kind: 'filters', ...filters })}
        />
        <ColumnChooser table={table} />
      </div>
      <p role="status" className="customers-page__slow">
        {view.isSlow ? 'Still loading… LoanPro is slow to answer' : ''}
      </p>
      {body}
    </div>
  )
}
