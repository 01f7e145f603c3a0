import { describeLoadFailure, RECONNECT_LINK, REFUSED_SEARCH } from '../../api/load-failure'
import { ErrorPanel } from '../../components/error-panel'

export function SearchFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { text, reconnect } = describeLoadFailure(error, REFUSED_SEARCH)
  return (
    <ErrorPanel
      title="Customers could not be loaded"
      onRetry={onRetry}
      link={reconnect ? RECONNECT_LINK : undefined}
    >
      <p>{text}</p>
    </ErrorPanel>
  )
}

export function EmptyTenant() {
  return (
    <div className="customers-empty">
      <p className="customers-empty__title">No customers in this tenant yet</p>
      <p className="muted">Customers created in LoanPro show up here.</p>
    </div>
  )
}

interface NoMatchesProps {
  q: string
  filtered: boolean
  onClearSearch: () => void
  /** Clears the search and the filters. */
  onShowAll: () => void
}

export function NoMatches({ q, filtered, onClearSearch, onShowAll }: NoMatchesProps) {
  const what = q ? `“${q}”` : 'these filters'
  return (
    <div className="customers-empty">
      <p className="customers-empty__title">No customers match {what}</p>
      <p className="muted">
        A number finds a customer by id; text looks in names, email, phone, custom id, city and zip
        code.
      </p>
      <div className="customers-empty__actions">
        {q ? (
          <button type="button" className="button" onClick={onClearSearch}>
            Clear search
          </button>
        ) : null}
        {filtered ? (
          <button type="button" className="button button--ghost" onClick={onShowAll}>
            Show all customers
          </button>
        ) : null}
      </div>
    </div>
  )
}

/** A page number past the end (an old link, or rows deleted since). */
export function PastTheEnd({ page, onFirstPage }: { page: number; onFirstPage: () => void }) {
  return (
    <div className="customers-empty">
      <p className="customers-empty__title">Page {page} is past the end of the list</p>
      <div className="customers-empty__actions">
        <button type="button" className="button" onClick={onFirstPage}>
          Go to the first page
        </button>
      </div>
    </div>
  )
}
