import { RESULT_WINDOW_MESSAGE } from '../../api/customers'
import { SEARCH_RESULT_WINDOW } from '../../api/search-query'
import { formatNumber } from '../../lib/format'

// What the list does differently from what was asked, said in words. Each notice is a status
// region that is always rendered, hidden while it has nothing to say.

/** Above the table: the order shown is not the one asked for (a click on a column header). */
export function SortRefusedNotice({ refused }: { refused: boolean }) {
  return (
    <p role="status" className="customers-page__notice">
      {refused
        ? 'LoanPro refused to sort this way, so the customers are listed by ID instead.'
        : ''}
    </p>
  )
}

/**
 * Below the pager, which it is about: pages past LoanPro's result window cannot be served.
 * Not above the table, where it would come with the first answer (on any tenant past 10,000
 * customers, on every visit) and push the rows and the bar down as they appear.
 */
export function ResultWindowNotice({ total }: { total: number | null }) {
  return (
    <p role="status" className="customers-page__notice customers-page__notice--pages">
      {total !== null && total > SEARCH_RESULT_WINDOW
        ? `${RESULT_WINDOW_MESSAGE} Select all and export still reach every match (up to their ` +
          `limits), walking the ${formatNumber(total)} matches in ID order.`
        : ''}
    </p>
  )
}
