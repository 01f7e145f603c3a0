import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { customerKeys } from '../../api/customer-queries'
import type { CustomerSearchResult } from '../../api/search-query'
import type { RemovalRun, RunSnapshot } from './engine/removal-run'

/** LoanPro's search index lags a delete: search again once it has caught up. */
export const INDEX_CATCH_UP_MS = 3_000

/**
 * Drops the cached details of the run's removed customers (those not in `synced` yet), takes
 * them out of every cached search page at once, and refreshes the searches (again once the
 * index has caught up), so the list and its counts reflect the removals.
 */
export function syncRemovedCustomers(
  queryClient: QueryClient,
  run: RemovalRun,
  synced = new Set<number>(),
): void {
  const gone = new Set<number>()
  const total = run.getSnapshot().total
  for (let i = 0; i < total; i++) {
    const row = run.getRow(i)
    if (row?.state !== 'removed' || synced.has(row.customerId)) continue
    synced.add(row.customerId)
    gone.add(row.customerId)
    queryClient.removeQueries({ queryKey: customerKeys.detail(row.customerId) })
  }
  if (gone.size === 0) return
  queryClient.setQueriesData<CustomerSearchResult>({ queryKey: customerKeys.searches() }, (data) =>
    withoutCustomers(data, gone),
  )
  const refresh = () => void queryClient.invalidateQueries({ queryKey: customerKeys.searches() })
  refresh()
  setTimeout(refresh, INDEX_CATCH_UP_MS)
}

function withoutCustomers<T extends CustomerSearchResult>(
  data: T | undefined,
  gone: ReadonlySet<number>,
): T | undefined {
  if (!data?.rows.some((row) => gone.has(row.id))) return data
  const rows = data.rows.filter((row) => !gone.has(row.id))
  const dropped = data.rows.length - rows.length
  return { ...data, rows, total: data.total === null ? null : Math.max(0, data.total - dropped) }
}

/** Syncs the query cache whenever the run settles (paused, completed, cancelled). */
export function useRemovalCacheSync(run: RemovalRun | null, snapshot: RunSnapshot | null): void {
  const queryClient = useQueryClient()
  const synced = useRef(new Set<number>())
  const status = snapshot?.status
  const removed = snapshot?.counts.removed ?? 0

  useEffect(() => {
    if (!run || (status !== 'paused' && status !== 'completed' && status !== 'cancelled')) return
    syncRemovedCustomers(queryClient, run, synced.current)
  }, [run, status, removed, queryClient])
}
