import { useId, useRef } from 'react'
import { CUSTOMER_TYPES, type CustomerListState } from './customers-list-url'

/** LoanPro's usual customer statuses; a tenant's own status from the URL is offered too. */
export const KNOWN_STATUSES = [
  'Active',
  'Inactive',
  'Lead',
  'Prospect',
  'Pending Review',
  'Closed',
] as const

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
  const statuses: readonly string[] =
    status && !KNOWN_STATUSES.some((known) => known === status)
      ? [...KNOWN_STATUSES, status]
      : KNOWN_STATUSES

  return (
    <div className="customer-filters">
      <div className="customer-filters__field">
        <label htmlFor={statusId}>Status</label>
        <select
          ref={statusRef}
          id={statusId}
          className="select"
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
