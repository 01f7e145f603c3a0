import type { LoanProClient } from '../../api/http-client'
import { ImportEngine } from './engine/import-engine'
import { ImportJournal } from './engine/run/import-journal'
import { systemClock, type EngineClock } from './engine/removal-tenant-port'
import type { RetryPolicy } from './engine/retry-policy'
import { createRemovalPort } from './removal-port'

/** Knobs for tests and benchmarks; the app uses the defaults. */
export interface ImportEngineOptions {
  journalName?: string
  retry?: Partial<RetryPolicy>
  concurrency?: number
  clock?: EngineClock
}

const journals = new Map<string, Promise<ImportJournal>>()

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

/**
 * An ImportEngine over `client` with the tab's journal. Loaded on demand (a dynamic import),
 * so the engine, the journal and the CSV parser stay out of the first page's JS.
 */
export async function openImportEngine(
  client: LoanProClient,
  options: ImportEngineOptions,
): Promise<{ engine: ImportEngine; journal: ImportJournal }> {
  const journal = await openJournal(options.journalName ?? 'customer-manager-import')
  const engine = new ImportEngine({
    port: createRemovalPort(client),
    journal,
    clock: options.clock ?? systemClock,
    retry: options.retry,
    concurrency: options.concurrency,
  })
  return { engine, journal }
}
