import { Link } from 'react-router'
import { useDocumentTitle } from '../../lib/use-document-title'

/** An unknown, deleted or malformed id: say so and offer the way back. */
export function CustomerNotFound({ rawId }: { rawId: string }) {
  useDocumentTitle('Customer not found')
  return (
    <section className="card overview-not-found" aria-labelledby="customer-not-found-title">
      <h1 id="customer-not-found-title">Customer not found</h1>
      <p>
        This tenant has no customer with the ID <strong>{rawId || '(none)'}</strong>. It may have
        been deleted, or the link may be mistyped.
      </p>
      <p>
        <Link to="/customers">Back to the customer list</Link>
      </p>
    </section>
  )
}
