import { Link } from 'react-router'
import { isLoanProError, type LoanProError } from '../../api/loanpro-error'

/** LoanPro's own words without a trailing period, so they can sit inside a sentence. */
function quote(error: LoanProError): string {
  return (error.serverMessage ?? error.message).trim().replace(/[.\s]+$/, '')
}

/**
 * A wait only when LoanPro said how long (Retry-After). A browser calling LoanPro directly
 * cannot read that header (it is not exposed cross-origin), so no wait is promised then.
 */
function rateLimitText(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined || retryAfterMs <= 0) {
    return 'LoanPro is limiting requests and did not say for how long. The customer was not deleted; try again later.'
  }
  const seconds = Math.ceil(retryAfterMs / 1000)
  return `LoanPro is busy; wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`
}

/** What the unclear answer was, for the sentence that says what a check then found. */
function unclearAnswer(error: LoanProError): string {
  switch (error.kind) {
    case 'server':
      return `LoanPro had a server error (${error.status ?? 500}): ${quote(error)}`
    case 'timeout':
      return 'LoanPro did not answer in time'
    case 'network':
      return 'LoanPro could not be reached'
    default:
      return `LoanPro did not confirm the delete: ${quote(error)}`
  }
}

/** What went wrong with a DELETE and what to do next, in words. */
export function deleteErrorText(error: unknown): string {
  if (!isLoanProError(error)) {
    return 'The customer could not be deleted because of an unexpected error. Reload the list and try again.'
  }
  if (error.notApplied) {
    return `${unclearAnswer(error)}. A check found the customer still in LoanPro, so it was not deleted; you can try again.`
  }
  switch (error.kind) {
    case 'conflict':
    case 'not-found':
      return (
        `LoanPro refused: ${quote(error)}. If the customer is linked to loans, unlink them in ` +
        'LoanPro first; if it was already deleted, go back to the list.'
      )
    case 'unauthorized':
      return `LoanPro did not accept the connection: ${quote(error)}. Reconnect in Settings, then try again.`
    case 'rate-limited':
      return rateLimitText(error.retryAfterMs)
    case 'server':
      // A 5xx on a DELETE does not say whether it happened: LoanPro uses 500 for timeouts, and the
      // server proxy answers 502/504 when the tenant dropped the connection or did not answer.
      return (
        `LoanPro had a server error (${error.status ?? 500}): ${quote(error)}. The outcome is unknown: ` +
        'the customer may or may not have been deleted. Reload the list to check before trying again.'
      )
    case 'network':
    case 'timeout':
      return (
        `${error.kind === 'timeout' ? 'LoanPro did not answer in time' : 'LoanPro could not be reached'}, ` +
        'so the outcome is unknown: the customer may or may not have been deleted. Check your ' +
        'connection and reload the list before trying again.'
      )
    case 'http':
      return `LoanPro refused the request (status ${error.status ?? 'unknown'}): ${quote(error)}. The customer was not deleted.`
    case 'bad-response':
      return (
        `${unclearAnswer(error)}, and a check could not tell whether the customer is gone. ` +
        'Reload the list to see whether the customer still exists before trying again.'
      )
    case 'aborted':
      return `${quote(error)}. Reload the list to see whether the customer still exists before trying again.`
  }
}

/** The error inside the dialog: an alert, so it is read out as soon as it appears. */
export function DeleteErrorMessage({ error }: { error: unknown }) {
  const unauthorized = isLoanProError(error) && error.kind === 'unauthorized'
  return (
    <div role="alert" className="delete-customer__error">
      <p>{deleteErrorText(error)}</p>
      {unauthorized && (
        <p>
          <Link to="/settings">Open Settings</Link>
        </p>
      )}
    </div>
  )
}
