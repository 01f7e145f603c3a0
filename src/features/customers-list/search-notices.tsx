import { RESULT_WINDOW_MESSAGE } from '../../api/customers'
import { SEARCH_RESULT_WINDOW } from '../../api/search-query'
import { formatNumber } from '../../lib/format'

interface SearchNoticesProps {
  total: number | null
  /** The tenant refused the sort asked for; the rows are in id order. */
  sortRefused: boolean
}

/** What the list does differently from what was asked, said in words. */
export function SearchNotices({ total, sortRefused }: SearchNoticesProps) {
  const notes: string[] = []
  if (sortRefused) {
    notes.push('LoanPro refused to sort this way, so the customers are listed by ID instead.')
  }
  if (total !== null && total > SEARCH_RESULT_WINDOW) {
    notes.push(
      `${RESULT_WINDOW_MESSAGE} Select all and export still reach every match (up to their ` +
        `limits), walking the ${formatNumber(total)} matches in ID order.`,
    )
  }
  return (
    <p role="status" className="customers-page__notice">
      {notes.join(' ')}
    </p>
  )
}
