import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router'
import {
  applyListChange,
  listStateToSearch,
  parseListState,
  type CustomerListState,
  type ListChange,
} from './customers-list-url'
import { isPrivateQuery } from './private-query'

/**
 * The list state read from the URL, and `change` to move it. Committed changes (sort, page,
 * filters) push a history entry; refining a search while typing replaces the current one,
 * so Back goes to the list before the search rather than through every keystroke.
 *
 * A change applies to the newest URL, the one the last change wrote even when the router has
 * not rendered it yet: two quick changes (reset Status, then Type) both stick.
 */
export function useCustomersListState(): {
  state: CustomerListState
  /** Moves the URL; returns the state it now holds. */
  change: (change: ListChange) => CustomerListState
} {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.toString()
  const state = useMemo(() => parseListState(new URLSearchParams(search)), [search])
  const latest = useRef(search)
  useEffect(() => {
    latest.current = search
  }, [search])

  // An SSN typed into a link or bookmark leaves the URL (and this history entry) at once.
  const ssnInUrl = isPrivateQuery(searchParams.get('q') ?? '')
  useEffect(() => {
    if (ssnInUrl) setSearchParams(listStateToSearch(state), { replace: true })
  }, [ssnInUrl, state, setSearchParams])

  const change = useCallback(
    (next: ListChange) => {
      const current = parseListState(new URLSearchParams(latest.current))
      const target = listStateToSearch(applyListChange(current, next))
      latest.current = target.toString()
      setSearchParams(target, { replace: isRefiningSearch(current, next) })
      return parseListState(target)
    },
    [setSearchParams],
  )

  return { state, change }
}

function isRefiningSearch(state: CustomerListState, change: ListChange): boolean {
  return change.kind === 'search' && state.q !== '' && change.q.trim() !== ''
}
