import { Link } from 'react-router'
import { isLoanProError } from '../../api/loanpro-error'
import { formatCount } from '../../lib/format'
import type { LinkedLoansCheck } from './use-linked-loans'

interface LinkedLoansNoticeProps {
  check: LinkedLoansCheck
  customer: { id: number; displayName: string }
}

/** Tells, before anyone types, whether LoanPro will refuse because loans are linked. */
export function LinkedLoansNotice({ check, customer }: LinkedLoansNoticeProps) {
  switch (check.status) {
    case 'clear':
      return null
    case 'checking':
      return <p className="muted">Checking linked loans…</p>
    case 'linked':
      return (
        <p className="delete-customer__notice delete-customer__notice--blocked">
          <strong>
            {customer.displayName} is linked to {formatCount(check.count, 'loan')}, so LoanPro will
            not delete this customer.
          </strong>{' '}
          Unlink the loans from the customer in LoanPro first, then delete the customer.
        </p>
      )
    case 'failed':
      return <CheckFailed check={check} id={customer.id} />
  }
}

function CheckFailed({
  check,
  id,
}: {
  check: Extract<LinkedLoansCheck, { status: 'failed' }>
  id: number
}) {
  const { error } = check
  const kind = isLoanProError(error) ? error.kind : null
  if (kind === 'unauthorized') {
    return (
      <p className="delete-customer__notice delete-customer__notice--blocked">
        Linked loans could not be checked: LoanPro did not accept the connection.{' '}
        <Link to="/settings">Reconnect in Settings</Link>, then try again.
      </p>
    )
  }
  if (kind === 'conflict' || kind === 'not-found') {
    return (
      <p className="delete-customer__notice delete-customer__notice--blocked">
        LoanPro does not know customer {id}: it may have been deleted already. Go back to the list
        and reload it.
      </p>
    )
  }
  return (
    <div className="delete-customer__notice">
      <p>
        Linked loans could not be checked (
        {error instanceof Error ? error.message : 'unknown error'}
        ). You may still try: LoanPro refuses to delete a customer who is linked to loans.
      </p>
      <button type="button" className="button button--small" onClick={check.retry}>
        Check again
      </button>
    </div>
  )
}
