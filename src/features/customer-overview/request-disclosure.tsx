import type { ApiRequestInfo } from '../../api/http-client'
import { Disclosure } from '../../components/disclosure'

/** The request that fed a view, for staff who also script against LoanPro. Never a token. */
export function RequestDisclosure({ request }: { request: ApiRequestInfo }) {
  const wholeCustomer = /Customers\(\d+\)(\?|$)/.test(request.url)
  const hint = !wholeCustomer
    ? 'A request for this section alone.'
    : request.url.includes('$expand=')
      ? 'One $expand request filled the customer and every section.'
      : "The customer's own record, without nested objects."
  return (
    <div className="overview-request">
      <Disclosure label="Show request" openLabel="Hide request">
        <div className="overview-request__body">
          <code className="overview-request__line">
            <span className="overview-request__method">{request.method}</span> {request.url}
          </code>
          <p className="muted overview-request__hint">{hint}</p>
        </div>
      </Disclosure>
    </div>
  )
}
