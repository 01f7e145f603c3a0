import { useId } from 'react'
import type { CustomerSummary } from '../../api/customer-readers'
import { formatNumber } from '../../lib/format'
import type { MatchingSearch } from './fetch-matching-customers'
import { useBulkFetch } from './use-bulk-fetch'

interface SelectAllMatchingProps {
  search: MatchingSearch
  /** Matching customers, when LoanPro said. */
  total: number | null
  /** The search is being run again: no numbers (they would be the previous search's). */
  updating?: boolean
  selectedCount: number
  cap: number
  fetchPageSize?: number
  onSelected: (rows: CustomerSummary[], message: string) => void
}

function buttonText(total: number | null, cap: number): string {
  if (total === null) return `Select all matching (up to ${formatNumber(cap)})`
  return total > cap
    ? `Select the first ${formatNumber(cap)} matching`
    : `Select all ${formatNumber(total)} matching`
}

/**
 * Selects every customer of the search, across pages, up to a stated cap: the ids come
 * page by page from the search itself, with progress and Cancel. Mount it keyed by the
 * search so that a new search abandons a walk through the old one.
 */
export function SelectAllMatching(props: SelectAllMatchingProps) {
  const { search, total, selectedCount, cap, onSelected } = props
  const bulk = useBulkFetch(props.fetchPageSize)
  const noteId = useId()
  const reachable = total === null ? cap : Math.min(total, cap)
  const start = async () => {
    const result = await bulk.run(search, cap)
    if (!result) return
    const count = formatNumber(result.rows.length)
    const message = result.truncated
      ? `Selected the first ${count} matching customers${
          result.total === null ? '' : ` of ${formatNumber(result.total)}`
        }${result.byId ? ' (by ID)' : ''}; a selection stops at ${formatNumber(cap)}`
      : result.complete
        ? `Selected all ${count} matching customers`
        : `Selected ${count} matching customers; LoanPro's answers stayed short of its total of ${formatNumber(
            result.total ?? result.rows.length,
          )}, so some may be missing. Try again.`
    onSelected(result.rows, message)
  }

  if (bulk.progress) {
    const { done, expected } = bulk.progress
    const of = expected === null ? '' : ` of ${formatNumber(expected)}`
    return (
      <span className="bulk-actions__job">
        <progress aria-label="Selecting customers" value={done} max={expected ?? undefined} />
        <span role="status">{`Selecting ${formatNumber(done)}${of}…`}</span>
        <button type="button" className="button button--small" onClick={bulk.cancel}>
          Cancel selecting
        </button>
      </span>
    )
  }
  if (props.updating) {
    return (
      <button type="button" className="button button--small" disabled>
        Select all matching (updating…)
      </button>
    )
  }
  // The cap is in the button's words ("the first 10,000"); the advice that goes with it is its
  // description and tooltip, not a sentence beside it: that sentence, coming with the first
  // answer, made the bar wrap onto a second line and pushed the table down (1366 px wide).
  const capNote =
    total !== null && total > cap
      ? `A selection stops at ${formatNumber(cap)} customers; narrow the search for the rest.`
      : null
  return (
    <>
      {selectedCount < reachable ? (
        <>
          <button
            type="button"
            className="button button--small"
            onClick={() => void start()}
            title={capNote ?? undefined}
            aria-describedby={capNote ? noteId : undefined}
          >
            {buttonText(total, cap)}
          </button>
          {capNote ? (
            <span id={noteId} className="visually-hidden">
              {capNote}
            </span>
          ) : null}
        </>
      ) : null}
      {bulk.error ? (
        <span role="alert" className="bulk-actions__error">
          {bulk.error}
        </span>
      ) : null}
    </>
  )
}
