import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
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
  /**
   * 'standby': the app shell's engine, not loaded because no run needs it yet. While opening
   * or on standby, `wake` (the app shell's engine only) has it loaded now.
   */
  | { status: 'opening' | 'standby'; wake?: () => void }
  | { status: 'ready'; engine: ImportEngine; journal: ImportJournal }
  | { status: 'failed' }

const OPENING: EngineState = { status: 'opening' }

/**
 * An ImportEngine over the current LoanPro client, for as long as the caller is mounted (the
 * app shell, so runs go on across pages). When it unmounts, or the client changes, a running
 * import is paused with `leaveReason` (in-flight requests finish and are journaled).
 *
 * `onDemand` (the app shell): once the first page has its data and the tab is idle, only the
 * journal is read; the engine (its code, the CSV parser and their heap) is loaded then only if
 * a run waits to be resumed, else when a page calls `wake` (the import page, "Remove
 * selected…"). Without it the engine opens at once.
 */
export function useImportEngine(
  options: ImportEngineOptions = {},
  leaveReason: PauseReason = 'left-page',
  onDemand = false,
): EngineState {
  const client = useLoanProClient()
  const queryClient = useQueryClient()
  const [settings] = useState(options)
  const [state, setState] = useState<EngineState>(OPENING)
  const [wanted, setWanted] = useState(!onDemand)
  const wake = useCallback(() => setWanted(true), [])

  useEffect(() => {
    let live = true
    let engine: ImportEngine | null = null
    const failed = () => live && setState({ status: 'failed' })
    const open = () =>
      import('./open-import-engine')
        .then(({ openImportEngine }) => openImportEngine(client, settings))
        .then((opened) => {
          if (!live) return
          engine = opened.engine
          setState({ status: 'ready', ...opened })
        }, failed)
    if (wanted) void open()
    else {
      whenIdle(queryClient)
        .then(() => import('./open-import-journal'))
        .then(({ hasResumableRun }) => hasResumableRun(settings.journalName))
        .then((resumable) => {
          if (!live) return
          if (resumable) void open()
          else setState({ status: 'standby' })
        }, failed)
    }
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
  }, [client, queryClient, settings, leaveReason, wanted])

  return useMemo(() => {
    if (state.status === 'ready' || state.status === 'failed') return state
    return wanted ? OPENING : { status: state.status, wake }
  }, [state, wanted, wake])
}

/** Has the app shell's engine loaded now, if it is not (a page about to use it). */
export function useWakeEngine(state: EngineState | null, wanted = true): void {
  const wake =
    wanted && (state?.status === 'opening' || state?.status === 'standby') ? state.wake : undefined
  useEffect(() => wake?.(), [wake])
}

/**
 * Resolves once the requests running now (the landing page's data) have settled, the frame
 * showing them has been painted and the browser is idle; at once where it cannot tell idle
 * time (jsdom, Safari).
 */
function whenIdle(queryClient: QueryClient): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return Promise.resolve()
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
