import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { forgetRemovedCustomers } from '../../api/removed-customers'
import { isServerRunOpen, serverRunRemovedIds, type ServerRun } from '../../api/server-runs'

/**
 * The server's runs remove customers this tab still has in its caches: once a run this tab saw
 * open has settled (paused, finished, cancelled), its removed customers leave the list, its
 * counts and the cached details, as a browser run's do (use-removal-cache-sync.ts).
 */
export function useServerRunCacheSync(runs: readonly ServerRun[] | undefined): void {
  const queryClient = useQueryClient()
  /** Runs seen open, with the removed count already synced. */
  const seen = useRef(new Map<string, number>())
  useEffect(() => {
    for (const run of runs ?? []) {
      const synced = seen.current.get(run.id)
      const settled = run.status !== 'running'
      if (!settled) {
        if (synced === undefined) seen.current.set(run.id, 0)
        continue
      }
      if (synced === undefined || synced >= run.counts.removed) continue
      seen.current.set(run.id, run.counts.removed)
      if (!isServerRunOpen(run)) seen.current.delete(run.id)
      serverRunRemovedIds(run.id).then(
        (ids) => forgetRemovedCustomers(queryClient, ids),
        () => undefined, // the next settled run syncs again; a reload reads the list afresh
      )
    }
  }, [runs, queryClient])
}
