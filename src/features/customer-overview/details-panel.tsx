import type { UseQueryResult } from '@tanstack/react-query'
import type { CustomerDetail } from '../../api/customer-queries'
import { DetailsView } from './details-view'
import { PanelError, PanelSkeleton } from './panel-states'
import { RequestDisclosure } from './request-disclosure'

/** The Details tab: the customer's own fields, from the same query as the header. */
export function DetailsPanel({ query }: { query: UseQueryResult<CustomerDetail> }) {
  if (query.data) {
    return (
      <div className="overview-panel">
        <DetailsView customer={query.data.customer} />
        <RequestDisclosure request={query.data.request} />
      </div>
    )
  }
  if (query.isError) {
    return (
      <PanelError
        label="Details"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }
  return <PanelSkeleton label="Details" />
}
