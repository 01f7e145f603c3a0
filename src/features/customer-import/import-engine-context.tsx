import { createContext, useContext, useEffect, type ReactNode } from 'react'
import {
  useImportEngine,
  useImportSnapshot,
  useRunSnapshot,
  type EngineState,
  type ImportEngineOptions,
} from './use-import-engine'
import type { ImportEngine } from './engine/import-engine'
import { useRemovalCacheSync } from './use-removal-cache-sync'

const ImportEngineContext = createContext<EngineState | null>(null)

/** The app's one import engine, or null outside an ImportEngineProvider (a page on its own). */
export function useSharedImportEngine(): EngineState | null {
  return useContext(ImportEngineContext)
}

/** Whether a run of `engine` is sending (or about to stop sending). */
export function isRunActive(status: string | undefined): boolean {
  return status === 'running' || status === 'pausing' || status === 'cancelling'
}

/**
 * What the tab does for a run wherever the user is: keeps the customer list in step with the
 * removals, and asks before the tab closes (the journal would resume it, but it stops).
 */
export function RunGuards({ engine }: { engine: ImportEngine }) {
  const run = useImportSnapshot(engine).run
  const progress = useRunSnapshot(run)
  useRemovalCacheSync(run, progress)
  const active = isRunActive(progress?.status)
  useEffect(() => {
    if (!active) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [active])
  return null
}

interface ImportEngineProviderProps {
  children: ReactNode
  options?: ImportEngineOptions
}

/**
 * Mounted by the app shell: one engine for the whole tab, so a run goes on while the user
 * reads customers; it stops only when the tab closes (then the journal offers to resume).
 */
export function ImportEngineProvider({ children, options }: ImportEngineProviderProps) {
  const state = useImportEngine(options, 'app-closed', true)
  return (
    <ImportEngineContext value={state}>
      {state.status === 'ready' ? <RunGuards engine={state.engine} /> : null}
      {children}
    </ImportEngineContext>
  )
}
