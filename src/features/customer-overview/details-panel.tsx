import type { UseQueryResult } from '@tanstack/react-query'
import type { CustomerDetail } from '../../api/customer-queries'
import { DetailsView } from './details-view'
import { PanelError, PanelSkeleton } from './panel-states'
import { RequestDisclosure } from './request-disclosure'

/** The Details tab: the customer's own fields, from the same query as the header. */
export function DetailsPanel({
  query,
  showRequest,
}: {
  query: UseQueryResult<CustomerDetail>
  /** Developer tools are open: offer the request that fed this tab. */
  showRequest: boolean
}) {
  if (query.data) {
    return (
      <div className="overview-panel">
        <DetailsView customer={query.data.customer} />
        {showRequest ? <RequestDisclosure request={query.data.request} /> : null}
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
