import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query'
import { customerKeys } from '../../api/customer-queries'
import { useEffect, useId, useRef, useState } from 'react'
import { afterPaintWhenIdle } from '../../lib/after-next-paint'
import { useCustomerQueries } from '../../api/use-customer-queries'
import { CUSTOMER_TYPES, type CustomerListState } from './customers-list-url'

/** LoanPro's default statuses, offered until (or unless) the tenant's own list arrives. */
export const DEFAULT_STATUSES = ['Active', 'Lead'] as const

/** The tenant's statuses (from a terms aggregation), A–Z, plus the one the URL holds. */
export function statusOptions(tenant: readonly string[] | undefined, current?: string): string[] {
  // The defaults are A–Z already: no locale comparison (its locale data) in the first render.
  const options =
    tenant && tenant.length > 0
      ? [...tenant].sort((a, b) => a.localeCompare(b))
      : [...DEFAULT_STATUSES]
  return current && !options.includes(current) ? [...options, current] : options
}

/**
 * The tenant's statuses, asked once the list has had its first answer: the list comes
 * first, and the count never takes the place of the list's own request.
 */
function useTenantStatuses(): string[] | undefined {
  const queries = useCustomerQueries()
  const queryClient = useQueryClient()
  useIsFetching({ queryKey: customerKeys.searches() }) // re-renders as searches start and end
  const listAnswered = queryClient
    .getQueryCache()
    .findAll({ queryKey: customerKeys.searches() })
    .some((query) => query.state.dataUpdatedAt > 0 || query.state.errorUpdatedAt > 0)
  // …and painted, once the page is idle: the request is no part of the rows' first paint.
  const [ask, setAsk] = useState(false)
  useEffect(() => {
    if (listAnswered && !ask) return afterPaintWhenIdle(() => setAsk(true))
  }, [listAnswered, ask])
  return useQuery({ ...queries.statuses(), enabled: ask }).data
}

const TYPE_LABELS = { individual: 'Individual', company: 'Company' } as const

interface CustomerFiltersProps {
  status?: string
  customerType?: CustomerListState['customerType']
  /** Names only the filter that changed (both to clear): merged with the current URL. */
  onChange: (filters: Partial<Pick<CustomerListState, 'status' | 'customerType'>>) => void
}

export function CustomerFilters({ status, customerType, onChange }: CustomerFiltersProps) {
  const statusId = useId()
  const typeId = useId()
  const statusRef = useRef<HTMLSelectElement>(null)
  const tenantStatuses = useTenantStatuses()
  const statuses = statusOptions(tenantStatuses, status)

  return (
    <div className="customer-filters">
      <div className="customer-filters__field">
        <label htmlFor={statusId}>Status</label>
        <select
          ref={statusRef}
          id={statusId}
          className="select customer-filters__status"
          value={status ?? ''}
          onChange={(event) => onChange({ status: event.target.value || undefined })}
        >
          <option value="">Any status</option>
          {statuses.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="customer-filters__field">
        <label htmlFor={typeId}>Type</label>
        <select
          id={typeId}
          className="select"
          value={customerType ?? ''}
          onChange={(event) =>
            onChange({ customerType: CUSTOMER_TYPES.find((type) => type === event.target.value) })
          }
        >
          <option value="">Any type</option>
          {CUSTOMER_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      {status || customerType ? (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            onChange({ status: undefined, customerType: undefined })
            // The button goes away with the filters: keep focus in the toolbar.
            statusRef.current?.focus()
          }}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  )
}
