import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ValidationType } from '../parse/removal-problems'
import type { RejectedRow } from '../validate/removal-validation'
import { storedPauseReason, type PauseReason } from './pause-reason'
import { RunHeldElsewhereError, tabRunLocks, type RunLocks, type RunLockState } from './run-locks'

/**
 * A run as stored. Derived: 'interrupted' = left running by a tab that went away;
 * 'elsewhere' = not finished and held by another tab (not resumable here).
 */
export type StoredRunStatus = 'running' | 'paused' | 'completed' | 'cancelled'
export type HistoryStatus = StoredRunStatus | 'interrupted' | 'elsewhere'
export type HistoryEntry = RunRecord & { historyStatus: HistoryStatus }

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
  /** Last write; without Web Locks, a 'running' run silent for a while was interrupted. */
  updatedAt: number
  status: StoredRunStatus
  pauseReason: PauseReason | null
  total: number
  counts: RunCounts
  /** Rows rejected at validation, never part of the run (absent in runs saved before it). */
  rejected?: number
}

/** The rows a run removes, fixed when it starts. */
export interface RunPlan {
  runId: string
  ids: Uint32Array
  lines: Uint32Array
  names: string[]
  /** The rows rejected at validation, for the run's read-only view and its results CSV. */
  rejected?: RejectedRow[]
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

/** The tab's journal database, unless a test or bench names its own. */
export const JOURNAL_NAME = 'customer-manager-import'

/** Only where the Web Locks API is missing: a running run this silent counts as left behind. */
export const STALE_AFTER_MS = 2 * 60_000

/** A run as read back: its pause reason a known code (older runs stored words). */
function readRun(run: RunRecord): RunRecord {
  return { ...run, pauseReason: storedPauseReason(run.pauseReason) }
}

function historyStatus(
  run: RunRecord,
  now: number,
  lockState: ((runId: string) => RunLockState) | null,
): HistoryStatus {
  if (run.status === 'completed' || run.status === 'cancelled') return run.status
  if (!lockState) {
    return run.status === 'running' && now - run.updatedAt > STALE_AFTER_MS
      ? 'interrupted'
      : run.status
  }
  const holder = lockState(run.id)
  if (holder === 'mine') return run.status
  if (holder === 'elsewhere') return 'elsewhere'
  return run.status === 'running' ? 'interrupted' : 'paused'
}

/**
 * What a removal run needs from its journal: the port. ImportJournal is the browser's
 * (IndexedDB); another store (a server's database) can stand in for it.
 */
export interface RunJournal {
  /** Which holder has each run; a run is journaled only by its holder. */
  readonly locks: RunLocks
  createRun(run: RunRecord, plan: RunPlan): Promise<void>
  /** Row outcomes and the run's summary, together (one transaction). */
  write(run: RunRecord, rows: readonly RowRecord[]): Promise<void>
  loadRun(runId: string): Promise<{ run: RunRecord; plan: RunPlan; rows: RowRecord[] } | undefined>
}

/** The IndexedDB journal of removal runs: plans, per-row outcomes and history. */
export class ImportJournal implements RunJournal {
  private constructor(
    private readonly db: IDBPDatabase<JournalSchema>,
    /** Which tab holds each run; shared by every run journaled here. */
    readonly locks: RunLocks,
  ) {}

  static async open(name = JOURNAL_NAME, locks: RunLocks = tabRunLocks()): Promise<ImportJournal> {
    const db = await openDB<JournalSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('runs', { keyPath: 'id' })
        database.createObjectStore('plans', { keyPath: 'runId' })
        database.createObjectStore('rows', { keyPath: ['runId', 'index'] })
      },
    })
    return new ImportJournal(db, locks)
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
    return run && plan ? { run: readRun(run), plan, rows } : undefined
  }

  /** Past and current runs, newest first. */
  async listRuns(now = Date.now()): Promise<HistoryEntry[]> {
    const [runs, lockState] = await Promise.all([this.db.getAll('runs'), this.locks.states()])
    return runs
      .sort((a, b) => b.startedAt - a.startedAt)
      .map((run) => ({ ...readRun(run), historyStatus: historyStatus(run, now, lockState) }))
  }

  /**
   * Ends an unfinished run without sending anything: rows never sent become skipped; rows
   * sent without an answer stay unknown (check them in LoanPro). Refused while a tab has it.
   */
  async discardRun(runId: string, now = Date.now()): Promise<void> {
    if (this.locks.owns(runId)) return
    if (!(await this.locks.acquire(runId))) throw new RunHeldElsewhereError()
    try {
      await this.discardUnlocked(runId, now)
    } finally {
      this.locks.release(runId)
    }
  }

  private async discardUnlocked(runId: string, now: number): Promise<void> {
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

  /**
   * Runs not finished and not this tab's: resumable ('paused', 'interrupted') or still
   * going in another tab ('elsewhere').
   */
  async listUnfinishedRuns(now = Date.now()): Promise<HistoryEntry[]> {
    const runs = await this.listRuns(now)
    return runs.filter(
      (run) =>
        run.historyStatus === 'paused' ||
        run.historyStatus === 'interrupted' ||
        run.historyStatus === 'elsewhere',
    )
  }

  /** Unfinished runs this tab can resume: paused, or left running by a tab that went away. */
  async listResumableRuns(now = Date.now()): Promise<HistoryEntry[]> {
    const runs = await this.listUnfinishedRuns(now)
    return runs.filter((run) => run.historyStatus !== 'elsewhere')
  }
}
