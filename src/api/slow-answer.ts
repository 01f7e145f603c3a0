import { useQueryClient, type QueryFilters } from '@tanstack/react-query'
import { useDelayedFlag } from '../lib/use-delayed-flag'
import { fetchStartedAt } from './fetch-started-at'

/** After this long without an answer, counted from the request, a view says LoanPro is slow. */
export const SLOW_ANSWER_AFTER_MS = 1000

const SLOW_ANSWER = 'LoanPro is slow to answer'

export const SLOW_ANSWER_TEXT = `Still loading… ${SLOW_ANSWER}`

/** A skeleton's status for `what` it loads, with the same words once LoanPro is slow. */
export function loadingStatus(what: string, slow: boolean): string {
  return slow ? `Loading ${what}… ${SLOW_ANSWER}` : `Loading ${what}…`
}

/**
 * True once the view has waited `SLOW_ANSWER_AFTER_MS` for the queries matching `filters`
 * while `waiting`: counted from their request, which may have gone out before the view mounted
 * (at boot, or on the press of a link), else from now.
 */
export function useSlowAnswer(
  filters: Pick<QueryFilters, 'queryKey' | 'exact'>,
  waiting: boolean,
): boolean {
  const queryClient = useQueryClient()
  const since = waiting ? fetchStartedAt(queryClient, filters) : undefined
  return useDelayedFlag(waiting, SLOW_ANSWER_AFTER_MS, since)
}
