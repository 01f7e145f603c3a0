import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  applyListChange,
  listStateToSearch,
  parseListState,
  type CustomerListState,
  type ListChange,
} from './customers-list-url'

/**
 * The list state read from the URL, and `change` to move it. Committed changes (sort, page,
 * filters) push a history entry; refining a search while typing replaces the current one,
 * so Back goes to the list before the search rather than through every keystroke.
 */
export function useCustomersListState(): {
  state: CustomerListState
  change: (change: ListChange) => void
} {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.toString()
  const state = useMemo(() => parseListState(new URLSearchParams(search)), [search])

  const change = useCallback(
    (next: ListChange) => {
      setSearchParams(
        (current) => listStateToSearch(applyListChange(parseListState(current), next)),
        { replace: isRefiningSearch(state, next) },
      )
    },
    [state, setSearchParams],
  )

  return { state, change }
}

function isRefiningSearch(state: CustomerListState, change: ListChange): boolean {
  return change.kind === 'search' && state.q !== '' && change.q.trim() !== ''
}
