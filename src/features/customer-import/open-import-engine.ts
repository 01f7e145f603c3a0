import type { LoanProClient } from '../../api/http-client'
import { ImportEngine } from './engine/import-engine'
import type { ImportJournal } from './engine/run/import-journal'
import { systemClock, type EngineClock } from './engine/removal-tenant-port'
import type { RetryPolicy } from './engine/retry-policy'
import { openJournal } from './open-import-journal'
import { createRemovalPort } from './removal-port'

/** Knobs for tests and benchmarks; the app uses the defaults. */
export interface ImportEngineOptions {
  journalName?: string
  retry?: Partial<RetryPolicy>
  concurrency?: number
  clock?: EngineClock
}

/**
 * An ImportEngine over `client` with the tab's journal. Loaded on demand (a dynamic import),
 * so the engine, the journal and the CSV parser stay out of the first page's JS.
 */
export async function openImportEngine(
  client: LoanProClient,
  options: ImportEngineOptions,
): Promise<{ engine: ImportEngine; journal: ImportJournal }> {
  const journal = await openJournal(options.journalName)
  const engine = new ImportEngine({
    port: createRemovalPort(client),
    journal,
    clock: options.clock ?? systemClock,
    retry: options.retry,
    concurrency: options.concurrency,
  })
  return { engine, journal }
}
