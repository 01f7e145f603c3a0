import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { useLoanProClient } from '../../api/loanpro-client-context'
import { ImportEngine, type ImportSnapshot } from './engine/import-engine'
import { ImportJournal } from './engine/import-journal'
import type { RemovalRun, RunSnapshot } from './engine/removal-run'
import { systemClock, type EngineClock } from './engine/removal-tenant-port'
import type { RetryPolicy } from './engine/retry-policy'
import { createRemovalPort } from './removal-port'
import { syncRemovedCustomers } from './use-removal-cache-sync'

/** Knobs for tests and benchmarks; the app uses the defaults. */
export interface ImportEngineOptions {
  journalName?: string
  retry?: Partial<RetryPolicy>
  concurrency?: number
  clock?: EngineClock
}

export const LEFT_PAGE_REASON = 'Paused because you left the import page; resume it below.'

const journals = new Map<string, Promise<ImportJournal>>()
const leaving = new Set<Promise<unknown>>()

/** IndexedDB that neither opens nor fails (some private modes, a blocked upgrade) counts as failed. */
export const JOURNAL_OPEN_TIMEOUT_MS = 10_000

function openWithin(name: string, ms: number): Promise<ImportJournal> {
  return new Promise((resolve, reject) => {
    let late = false
    const timer = setTimeout(() => {
      late = true
      reject(new Error('The import journal did not open.'))
    }, ms)
    ImportJournal.open(name).then(
      (journal) => {
        clearTimeout(timer)
        if (late) journal.close()
        else resolve(journal)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error('The import journal did not open.'))
      },
    )
  })
}

/** One journal connection per database for the whole tab. */
function openJournal(name: string): Promise<ImportJournal> {
  let opened = journals.get(name)
  if (!opened) {
    opened = openWithin(name, JOURNAL_OPEN_TIMEOUT_MS)
    opened.catch(() => journals.delete(name))
    journals.set(name, opened)
  }
  return opened
}

/** Resolves once runs paused by a page that went away have saved their state. */
export async function runsLeftBehind(): Promise<void> {
  await Promise.all([...leaving])
}

type EngineState =
  | { status: 'opening' }
  | { status: 'ready'; engine: ImportEngine; journal: ImportJournal }
  | { status: 'failed' }

/**
 * The page's ImportEngine over the current LoanPro client. Leaving the page pauses a running
 * import (in-flight requests finish and are journaled), so that it can be resumed later.
 */
export function useImportEngine(options: ImportEngineOptions = {}): EngineState {
  const client = useLoanProClient()
  const queryClient = useQueryClient()
  const [settings] = useState(options)
  const [state, setState] = useState<EngineState>({ status: 'opening' })

  useEffect(() => {
    let live = true
    let engine: ImportEngine | null = null
    openJournal(settings.journalName ?? 'customer-manager-import').then(
      (journal) => {
        if (!live) return
        engine = new ImportEngine({
          port: createRemovalPort(client),
          journal,
          clock: settings.clock ?? systemClock,
          retry: settings.retry,
          concurrency: settings.concurrency,
          validateOnSelect: false,
        })
        setState({ status: 'ready', engine, journal })
      },
      () => live && setState({ status: 'failed' }),
    )
    return () => {
      live = false
      const run = engine?.getSnapshot().run
      const closing = engine?.reset(LEFT_PAGE_REASON)
      if (!run || !closing) return
      const settled = closing
        .then(() => syncRemovedCustomers(queryClient, run))
        .finally(() => leaving.delete(settled))
      leaving.add(settled)
    }
  }, [client, queryClient, settings])

  return state
}

const IDLE = () => () => undefined
const NONE = () => null

export function useImportSnapshot(engine: ImportEngine): ImportSnapshot {
  return useSyncExternalStore(engine.subscribe, engine.getSnapshot)
}

export function useRunSnapshot(run: RemovalRun | null): RunSnapshot | null {
  return useSyncExternalStore(run?.subscribe ?? IDLE, run?.getSnapshot ?? NONE)
}
