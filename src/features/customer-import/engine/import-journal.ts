import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ValidationType } from './removal-problems'

/** A run as stored; 'interrupted' is derived when a running run stopped writing. */
export type StoredRunStatus = 'running' | 'paused' | 'completed' | 'cancelled'
export type HistoryStatus = StoredRunStatus | 'interrupted'

export interface RunCounts {
  removed: number
  failed: number
  skipped: number
}

export interface RunRecord {
  id: string
  fileName: string
  source: 'file' | 'selection'
  validationType: ValidationType
  startedAt: number
  finishedAt: number | null
  /** Last write; a 'running' run that has not written for a while was interrupted. */
  updatedAt: number
  status: StoredRunStatus
  pauseReason: string | null
  total: number
  counts: RunCounts
}

/** The rows a run removes, fixed when it starts. */
export interface RunPlan {
  runId: string
  ids: Uint32Array
  lines: Uint32Array
  names: string[]
}

/** 'sent' = a DELETE may have gone out and no answer was recorded yet. */
export type JournalRowState = 'pending' | 'sent' | 'removed' | 'failed' | 'skipped'

export interface RowRecord {
  runId: string
  index: number
  state: JournalRowState
  message: string
  attempts: number
}

interface JournalSchema extends DBSchema {
  runs: { key: string; value: RunRecord }
  plans: { key: string; value: RunPlan }
  rows: { key: [string, number]; value: RowRecord }
}

export const STALE_AFTER_MS = 2 * 60_000

/** The IndexedDB journal of removal runs: plans, per-row outcomes and history. */
export class ImportJournal {
  private constructor(private readonly db: IDBPDatabase<JournalSchema>) {}

  static async open(name = 'customer-manager-import'): Promise<ImportJournal> {
    const db = await openDB<JournalSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('runs', { keyPath: 'id' })
        database.createObjectStore('plans', { keyPath: 'runId' })
        database.createObjectStore('rows', { keyPath: ['runId', 'index'] })
      },
    })
    return new ImportJournal(db)
  }

  close(): void {
    this.db.close()
  }

  async createRun(run: RunRecord, plan: RunPlan): Promise<void> {
    const tx = this.db.transaction(['runs', 'plans'], 'readwrite')
    await Promise.all([tx.objectStore('runs').put(run), tx.objectStore('plans').put(plan), tx.done])
  }

  /** Row outcomes and the run's summary in one transaction. */
  async write(run: RunRecord, rows: readonly RowRecord[]): Promise<void> {
    const tx = this.db.transaction(['runs', 'rows'], 'readwrite')
    const store = tx.objectStore('rows')
    await Promise.all([
      ...rows.map((row) => store.put(row)),
      tx.objectStore('runs').put(run),
      tx.done,
    ])
  }

  async loadRun(
    runId: string,
  ): Promise<{ run: RunRecord; plan: RunPlan; rows: RowRecord[] } | undefined> {
    const tx = this.db.transaction(['runs', 'plans', 'rows'], 'readonly')
    const range = IDBKeyRange.bound([runId, 0], [runId, Number.MAX_SAFE_INTEGER])
    const [run, plan, rows] = await Promise.all([
      tx.objectStore('runs').get(runId),
      tx.objectStore('plans').get(runId),
      tx.objectStore('rows').getAll(range),
    ])
    await tx.done
    return run && plan ? { run, plan, rows } : undefined
  }

  /** Past and current runs, newest first. */
  async listRuns(now = Date.now()): Promise<Array<RunRecord & { historyStatus: HistoryStatus }>> {
    const runs = await this.db.getAll('runs')
    return runs
      .sort((a, b) => b.startedAt - a.startedAt)
      .map((run) => ({
        ...run,
        historyStatus:
          run.status === 'running' && now - run.updatedAt > STALE_AFTER_MS
            ? 'interrupted'
            : run.status,
      }))
  }

  /**
   * Ends an unfinished run without sending anything: rows never sent become skipped; rows
   * sent without an answer stay unknown (check them in LoanPro).
   */
  async discardRun(runId: string, now = Date.now()): Promise<void> {
    const stored = await this.loadRun(runId)
    if (!stored || stored.run.status === 'completed' || stored.run.status === 'cancelled') return
    const recorded = new Map(stored.rows.map((row) => [row.index, row]))
    const skipped: RowRecord[] = []
    for (let index = 0; index < stored.plan.ids.length; index++) {
      const row = recorded.get(index)
      if (row && row.state !== 'pending') continue
      const message = 'Discarded before it was sent.'
      skipped.push({ runId, index, state: 'skipped', message, attempts: row?.attempts ?? 0 })
    }
    const counts = { ...stored.run.counts, skipped: stored.run.counts.skipped + skipped.length }
    const run: RunRecord = {
      ...stored.run,
      status: 'cancelled',
      pauseReason: null,
      finishedAt: now,
      updatedAt: now,
      counts,
    }
    await this.write(run, skipped)
  }

  /** Runs that can be resumed: paused, or running when the tab went away. */
  async listUnfinishedRuns(now = Date.now()): Promise<RunRecord[]> {
    const runs = await this.listRuns(now)
    return runs.filter(
      (run) => run.historyStatus === 'paused' || run.historyStatus === 'interrupted',
    )
  }
}
