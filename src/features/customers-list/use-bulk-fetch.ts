import { useCallback, useEffect, useRef, useState } from 'react'
import { describeLoadFailure } from '../../api/load-failure'
import { useLoanProClient } from '../../api/loanpro-client-context'
import type { BulkProgress, MatchingCustomers, MatchingSearch } from './fetch-matching-customers'

export interface BulkFetch {
  /** Set while a fetch runs. */
  progress: BulkProgress | null
  /** What went wrong last time, in words; cleared by the next run. */
  error: string | null
  /** Resolves with the rows, or null when cancelled or failed. */
  run: (search: MatchingSearch, limit: number) => Promise<MatchingCustomers | null>
  /** The same for chosen customers (a selection), looked up by id. */
  runIds: (ids: readonly number[]) => Promise<MatchingCustomers | null>
  cancel: () => void
}

/**
 * One cancellable walk through every page of a search, with progress. A new run, cancel or
 * unmounting aborts the one in flight, and its late answer is dropped.
 */
export function useBulkFetch(pageSize?: number): BulkFetch {
  const client = useLoanProClient()
  const controllerRef = useRef<AbortController | null>(null)
  const [progress, setProgress] = useState<BulkProgress | null>(null)
  const [error, setError] = useState<string | null>(null)

  const cancel = useCallback(() => {
    controllerRef.current?.abort()
    controllerRef.current = null
    setProgress(null)
  }, [])
  useEffect(() => () => controllerRef.current?.abort(), [])

  type Work = (
    signal: AbortSignal,
    onProgress: (progress: BulkProgress) => void,
  ) => Promise<MatchingCustomers>
  const start = useCallback(async (work: Work) => {
    controllerRef.current?.abort()
    const controller = new AbortController()
    controllerRef.current = controller
    setError(null)
    setProgress({ done: 0, expected: null })
    const current = () => controllerRef.current === controller && !controller.signal.aborted
    try {
      const result = await work(controller.signal, (next) => {
        if (current()) setProgress(next)
      })
      return current() ? result : null
    } catch (caught) {
      if (!current()) return null
      setError(`Could not load the customers: ${describeLoadFailure(caught).text}`)
      return null
    } finally {
      if (controllerRef.current === controller) {
        controllerRef.current = null
        setProgress(null)
      }
    }
  }, [])

  const run = useCallback(
    (search: MatchingSearch, limit: number) =>
      // The walks load when first used: the list's first load does not need them.
      start(async (signal, onProgress) =>
        (await import('./fetch-matching-customers')).fetchMatchingCustomers(client, search, {
          limit,
          pageSize,
          signal,
          onProgress,
        }),
      ),
    [client, pageSize, start],
  )
  const runIds = useCallback(
    (ids: readonly number[]) =>
      start(async (signal, onProgress) =>
        (await import('./fetch-selected-customers')).fetchSelectedCustomers(client, ids, {
          signal,
          onProgress,
        }),
      ),
    [client, start],
  )

  return { progress, error, run, runIds, cancel }
}
