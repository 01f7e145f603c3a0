import { useQuery } from '@tanstack/react-query'
import { useCustomerQueries } from '../../api/use-customer-queries'
import { isLoanProError } from '../../api/loanpro-error'

export type LinkedLoansCheck =
  | { status: 'checking' }
  | { status: 'clear' }
  | { status: 'linked'; count: number }
  /**
   * The check itself failed. `canAttempt` is false when the delete is bound to fail the same
   * way (401: not connected; 404/409: LoanPro does not know the customer). For anything else
   * (5xx, network, timeout, an unreadable answer) the attempt is allowed: LoanPro enforces the
   * rule itself and refuses a linked customer with a 409, which the dialog then explains.
   */
  | { status: 'failed'; error: unknown; canAttempt: boolean; retry: () => void }

/**
 * Whether LoanPro will refuse the delete because loans are linked. A count the caller already
 * has (a search row's `loansCount`) is used as is; otherwise the Loans nested object is read
 * through the query cache, where the overview has usually put it already. Every linked loan
 * counts, archived or not, like LoanPro's own `loansCount`.
 */
export function useLinkedLoans(
  id: number,
  knownCount: number | null | undefined,
): LinkedLoansCheck {
  const queries = useCustomerQueries()
  const known = typeof knownCount === 'number'
  const loans = useQuery({ ...queries.nested(id, 'Loans'), enabled: !known })

  if (known) return knownCount > 0 ? { status: 'linked', count: knownCount } : { status: 'clear' }
  if (loans.data) {
    const count = loans.data.value.length
    return count > 0 ? { status: 'linked', count } : { status: 'clear' }
  }
  if (loans.isError) {
    const { error } = loans
    const blocking =
      isLoanProError(error) &&
      (error.kind === 'unauthorized' || error.kind === 'conflict' || error.kind === 'not-found')
    return {
      status: 'failed',
      error,
      canAttempt: !blocking,
      retry: () => void loans.refetch(),
    }
  }
  return { status: 'checking' }
}
