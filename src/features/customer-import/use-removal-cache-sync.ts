import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { customerKeys } from '../../api/customer-queries'
import type { RemovalRun, RunSnapshot } from './engine/removal-run'

/**
 * Drops the cached details of the run's removed customers (those not in `synced` yet) and
 * refreshes every search, so the list and its counts reflect the removals.
 */
export function syncRemovedCustomers(
  queryClient: QueryClient,
  run: RemovalRun,
  synced = new Set<number>(),
): void {
  let changed = false
  const total = run.getSnapshot().total
  for (let i = 0; i < total; i++) {
    const row = run.getRow(i)
    if (row?.state !== 'removed' || synced.has(row.customerId)) continue
    synced.add(row.customerId)
    queryClient.removeQueries({ queryKey: customerKeys.detail(row.customerId) })
    changed = true
  }
  if (changed) void queryClient.invalidateQueries({ queryKey: customerKeys.searches() })
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
