import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { forgetRemovedCustomers } from '../../api/removed-customers'
import type { RemovalRun, RunSnapshot } from './engine/removal-run'

/**
 * Hands the run's removed customers (those not in `synced` yet) to the one "customers
 * removed" routine, so the list, its counts and the cached details reflect the removals.
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
  }
  if (gone.size > 0) forgetRemovedCustomers(queryClient, gone)
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
