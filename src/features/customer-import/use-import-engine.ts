import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useLoanProClient } from '../../api/loanpro-client-context'
import { whenQueryCache } from '../../api/when-query-cache'
import { afterPaintWhenIdle } from '../../lib/after-next-paint'
import type { ImportEngine, ImportSnapshot } from './engine/import-engine'
import type { ImportJournal } from './engine/run/import-journal'
import type { PauseReason, RemovalRun, RunSnapshot } from './engine/removal-run'
import type { ImportEngineOptions } from './open-import-engine'
import { syncRemovedCustomers } from './use-removal-cache-sync'

export type { ImportEngineOptions } from './open-import-engine'

const leaving = new Set<Promise<unknown>>()

/** Resolves once runs paused by an owner that went away have saved their state. */
export async function runsLeftBehind(): Promise<void> {
  await Promise.all([...leaving])
}

export type EngineState =
  | { status: 'opening' }
  | { status: 'ready'; engine: ImportEngine; journal: ImportJournal }
  | { status: 'failed' }

/**
 * An ImportEngine over the current LoanPro client, for as long as the caller is mounted (the
 * app shell, so runs go on across pages). When it unmounts, or the client changes, a running
 * import is paused with `leaveReason` (in-flight requests finish and are journaled).
 */
export function useImportEngine(
  options: ImportEngineOptions = {},
  leaveReason: PauseReason = 'left-page',
  openWhenIdle = false,
): EngineState {
  const client = useLoanProClient()
  const queryClient = useQueryClient()
  const [settings] = useState(options)
  const [state, setState] = useState<EngineState>({ status: 'opening' })

  useEffect(() => {
    let live = true
    let engine: ImportEngine | null = null
    // The app shell's engine opens once the first page has its data and the tab is idle: its
    // code and journal are not what the landing page waits for.
    whenIdle(openWhenIdle, queryClient)
      .then(() => import('./open-import-engine'))
      .then(({ openImportEngine }) => openImportEngine(client, settings))
      .then(
        (opened) => {
          if (!live) return
          engine = opened.engine
          setState({ status: 'ready', ...opened })
        },
        () => live && setState({ status: 'failed' }),
      )
    return () => {
      live = false
      const run = engine?.getSnapshot().run
      const closing = engine?.reset(leaveReason)
      if (!run || !closing) return
      const settled = closing
        .then(() => syncRemovedCustomers(queryClient, run))
        .finally(() => leaving.delete(settled))
      leaving.add(settled)
    }
  }, [client, queryClient, settings, leaveReason, openWhenIdle])

  return state
}

/**
 * Resolves once the requests running now (the landing page's data) have settled, the frame
 * showing them has been painted and the browser is idle; at once where it cannot tell idle
 * time (jsdom, Safari).
 */
function whenIdle(wait: boolean, queryClient: QueryClient): Promise<void> {
  if (!wait || typeof requestIdleCallback !== 'function') return Promise.resolve()
  return whenQueryCache(queryClient, () => queryClient.isFetching() === 0).then(
    () => new Promise<void>((resolve) => afterPaintWhenIdle(resolve, 2000)),
  )
}

const IDLE = () => () => undefined
const NONE = () => null

export function useImportSnapshot(engine: ImportEngine): ImportSnapshot {
  return useSyncExternalStore(engine.subscribe, engine.getSnapshot)
}

export function useRunSnapshot(run: RemovalRun | null): RunSnapshot | null {
  return useSyncExternalStore(run?.subscribe ?? IDLE, run?.getSnapshot ?? NONE)
}
