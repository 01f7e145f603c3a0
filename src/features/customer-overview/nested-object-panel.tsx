import { customerKeys } from '../../api/customer-keys'
import type { NestedObjectKey } from '../../api/nested-objects'
import { useCustomerObject } from '../../api/use-customer-queries'
import { renderNestedView } from './nested-views'
import { PanelError, PanelSkeleton } from './panel-states'
import { RequestDisclosure } from './request-disclosure'

interface NestedObjectPanelProps {
  customerId: number
  objectKey: NestedObjectKey
  label: string
  /** Developer tools are open: offer the request that fed this tab. */
  showRequest: boolean
  /** The header's skeleton shows: it says when LoanPro is slow, for the page. */
  headerLoading: boolean
}

/** One nested object's tab: loading, error with Retry, or its view with the request behind it. */
export function NestedObjectPanel({
  customerId,
  objectKey,
  label,
  showRequest,
  headerLoading,
}: NestedObjectPanelProps) {
  const query = useCustomerObject(customerId, objectKey)
  if (query.data) {
    return (
      <div className="overview-panel">
        {renderNestedView(objectKey, query.data.value)}
        {showRequest ? <RequestDisclosure request={query.data.request} /> : null}
      </div>
    )
  }
  if (query.isError) {
    return (
      <PanelError
        label={label}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  }
  const request = headerLoading ? undefined : customerKeys.nested(customerId, objectKey)
  return <PanelSkeleton label={label} request={request} />
}
