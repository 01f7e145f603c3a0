import { Link } from 'react-router'
import { isLoanProError } from '../../api/loanpro-error'
import { ErrorPanel } from '../../components/error-panel'

/** What went wrong and what to do next, in words, from the adapter's error kind. */
function describeFailure(error: unknown): { reason: string; next: string; reconnect: boolean } {
  if (!isLoanProError(error)) {
    return { reason: 'Something unexpected went wrong.', next: 'Try again.', reconnect: false }
  }
  const said = error.serverMessage ? ` LoanPro said: “${error.serverMessage}”` : ''
  switch (error.kind) {
    case 'unauthorized':
      return {
        reason: 'LoanPro did not accept the token or tenant id.',
        next: 'Reconnect with a valid API token.',
        reconnect: true,
      }
    case 'network':
      return {
        reason: 'LoanPro could not be reached.',
        next: 'Check your internet connection, then try again.',
        reconnect: false,
      }
    case 'timeout':
      return {
        reason: 'LoanPro did not answer in time.',
        next: 'Try again in a moment.',
        reconnect: false,
      }
    case 'rate-limited': {
      const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null
      return {
        reason: 'LoanPro is limiting how many requests it accepts.',
        next: seconds ? `Wait ${seconds} s, then try again.` : 'Wait a moment, then try again.',
        reconnect: false,
      }
    }
    case 'server':
      return {
        reason: `LoanPro had a server error (${error.status ?? 500}).${said}`,
        next: 'This is on LoanPro’s side: try again in a moment.',
        reconnect: false,
      }
    case 'bad-response':
      return {
        reason: 'LoanPro sent an answer that could not be read.',
        next: 'Try again; if it persists, check the connection in Settings.',
        reconnect: false,
      }
    default:
      return {
        reason: `LoanPro refused the search${error.status ? ` (${error.status})` : ''}.${said}`,
        next: 'Change the search or try again.',
        reconnect: false,
      }
  }
}

export function SearchFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { reason, next, reconnect } = describeFailure(error)
  return (
    <ErrorPanel title="Customers could not be loaded" onRetry={onRetry}>
      <p>
        {reason} {next}
      </p>
      {reconnect ? (
        <p>
          <Link to="/settings">Reconnect in Settings</Link>
        </p>
      ) : null}
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
