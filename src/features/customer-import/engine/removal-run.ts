import type { ImportJournal, RunPlan, RunRecord, RowRecord } from './import-journal'
import { JournalGroupCommit } from './journal-group-commit'
import { RemovalQueue, type QueueHost } from './removal-queue'
import { RunHeldElsewhereError } from './run-locks'
import type { EngineClock, RemovalTenantPort } from './removal-tenant-port'
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy'
import { RateMeter, RunRows, type RowState, type RunRow } from './run-rows'

export type RunStatus = 'running' | 'pausing' | 'paused' | 'cancelling' | 'completed' | 'cancelled'

/** What the UI shows about a run; a new object whenever something changed. */
export interface RunSnapshot {
  runId: string
  status: RunStatus
  pauseReason: string | null
  total: number
  done: number
  counts: Record<RowState, number>
  concurrency: number
  ratePerSecond: number | null
  etaMs: number | null
  /** Bumps on every row change: re-read rows with getRow(). */
  version: number
}

export interface RemovalRunDeps {
  port: RemovalTenantPort
  journal: ImportJournal
  clock: EngineClock
  retry?: Partial<RetryPolicy>
  concurrency?: number
  /** Least time between change notifications while rows stream in. */
  notifyIntervalMs?: number
}

export const MIN_CONCURRENCY = 1
export const MAX_CONCURRENCY = 16
const clampConcurrency = (n: number) =>
  Math.min(MAX_CONCURRENCY, Math.max(MIN_CONCURRENCY, Math.round(n)))

/**
 * One removal run: its status machine, commands and snapshot for the UI. The rows are worked
 * off by a RemovalQueue; this class decides when it runs and tells listeners what changed.
 */
export class RemovalRun {
  private readonly rows: RunRows
  private readonly queue: RemovalQueue
  private readonly commit: JournalGroupCommit
  private readonly listeners = new Set<() => void>()
  private readonly meter = new RateMeter()
  private readonly settledWaiters: Array<() => void> = []
  private status: RunStatus = 'paused'
  private pauseReason: string | null = null
  private concurrency: number
  private version = 0
  private snapshot: RunSnapshot | null = null
  private notifyTimer: ReturnType<typeof setTimeout> | null = null

  private constructor(
    private readonly deps: RemovalRunDeps,
    private record: RunRecord,
    plan: RunPlan,
  ) {
    this.rows = new RunRows(plan)
    this.concurrency = clampConcurrency(deps.concurrency ?? 4)
    this.commit = new JournalGroupCommit(deps.journal, () => this.runRecord())
    const host: QueueHost = {
      runId: record.id,
      port: deps.port,
      clock: deps.clock,
      retry: { ...defaultRetryPolicy, ...deps.retry },
      isRunning: () => this.status === 'running',
      concurrency: () => this.concurrency,
      changed: (now) => this.changed(now),
      settled: () => {
        const { removed, failed, skipped } = this.rows.counts
        this.meter.sample(this.deps.clock.now(), removed + failed + skipped)
      },
      pause: (reason) => this.pause(reason),
      idle: () => this.afterWorkerExit(),
    }
    this.queue = new RemovalQueue(host, this.rows, this.commit)
  }

  /** Journals a new run and starts it; this tab holds the run's lock from before it exists. */
  static async start(
    deps: RemovalRunDeps,
    info: Pick<RunRecord, 'fileName' | 'source' | 'validationType'>,
    plan: Omit<RunPlan, 'runId'>,
  ): Promise<RemovalRun> {
    const now = deps.clock.now()
    const id = `run-${now}-${Math.random().toString(36).slice(2, 8)}`
    const record: RunRecord = {
      ...info,
      id,
      startedAt: now,
      finishedAt: null,
      updatedAt: now,
      status: 'running',
      pauseReason: null,
      total: plan.ids.length,
      counts: { removed: 0, failed: 0, skipped: 0 },
    }
    await deps.journal.locks.acquire(id)
    try {
      await deps.journal.createRun(record, { ...plan, runId: id })
    } catch (error) {
      deps.journal.locks.release(id)
      throw error
    }
    const run = new RemovalRun(deps, record, { ...plan, runId: id })
    run.status = 'running'
    run.queue.pump()
    return run
  }

  /**
   * Picks up a journaled run after a reload. Rows the journal saw sent but not answered are
   * looked up first (batched): gone means removed, still there means send again. Throws
   * RunHeldElsewhereError when another tab has the run.
   */
  static async resume(deps: RemovalRunDeps, runId: string): Promise<RemovalRun> {
    if (!(await deps.journal.locks.acquire(runId))) throw new RunHeldElsewhereError()
    const stored = await deps.journal.loadRun(runId).catch((error: unknown) => {
      deps.journal.locks.release(runId)
      throw error
    })
    if (!stored) {
      deps.journal.locks.release(runId)
      throw new Error(`No journaled import run ${runId}.`)
    }
    const run = new RemovalRun(deps, stored.run, stored.plan)
    const unknown: number[] = []
    for (const row of stored.rows) {
      run.rows.attempts[row.index] = row.attempts
      if (row.state === 'sent') {
        run.rows.uncertain[row.index] = 1
        unknown.push(row.index)
      } else if (row.state !== 'pending') run.rows.set(row.index, row.state, row.message)
    }
    if (run.rows.counts.pending === 0) {
      run.status = stored.run.status === 'cancelled' ? 'cancelled' : 'completed'
      return run
    }
    run.status = 'running'
    await run.queue.settleUnknown(unknown)
    run.queue.pump()
    return run
  }

  get id(): string {
    return this.record.id
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): RunSnapshot => {
    if (this.snapshot) return this.snapshot
    const counts = { ...this.rows.counts }
    const done = counts.removed + counts.failed + counts.skipped
    const rate = this.status === 'running' ? this.meter.rate(this.deps.clock.now(), done) : null
    const remaining = counts.pending + counts.running
    this.snapshot = {
      runId: this.record.id,
      status: this.status,
      pauseReason: this.pauseReason,
      total: this.rows.size,
      done,
      counts,
      concurrency: this.concurrency,
      ratePerSecond: rate,
      etaMs: rate && rate > 0 ? Math.round((remaining / rate) * 1000) : null,
      version: this.version,
    }
    return this.snapshot
  }

  getRow(index: number): RunRow | undefined {
    return index >= 0 && index < this.rows.size ? this.rows.row(index) : undefined
  }

  /** Resolves once the run is paused, completed or cancelled. */
  whenSettled(): Promise<RunSnapshot> {
    if (this.isSettled()) return this.persisted().then(() => this.getSnapshot())
    return new Promise((resolve) => this.settledWaiters.push(() => resolve(this.getSnapshot())))
  }

  // ---- commands ----

  setConcurrency(value: number): void {
    this.concurrency = clampConcurrency(value)
    this.changed(true)
    this.queue.pump()
  }

  pause(reason: string | null = null): void {
    if (this.status !== 'running') return
    this.status = 'pausing'
    this.pauseReason = reason
    this.queue.stopBackoff()
    this.afterWorkerExit()
    this.changed(true)
  }

  resume(): void {
    if (this.status !== 'paused' && this.status !== 'pausing') return
    this.status = 'running'
    this.pauseReason = null
    this.queue.allowBackoff()
    this.meter.reset()
    this.changed(true)
    this.queue.pump()
  }

  cancel(): void {
    if (this.status === 'completed' || this.status === 'cancelled' || this.status === 'cancelling')
      return
    this.status = 'cancelling'
    this.queue.stopBackoff()
    this.afterWorkerExit()
    this.changed(true)
  }

  /** A new pass over the failed rows only, after the run ended. */
  retryFailed(): void {
    if (this.status !== 'completed' && this.status !== 'cancelled') return
    const failed: number[] = []
    for (let i = 0; i < this.rows.size; i++) if (this.rows.state(i) === 'failed') failed.push(i)
    if (failed.length === 0) return
    for (const index of failed) {
      this.rows.set(index, 'pending')
      this.rows.attempts[index] = 0
    }
    this.queue.requeue(failed)
    this.record = { ...this.record, finishedAt: null }
    this.queue.allowBackoff()
    this.status = 'running'
    this.changed(true)
    void this.commit.flush().catch(() => this.pause('Could not save progress in this browser.'))
    this.queue.pump()
  }

  /**
   * This tab lets go of the run: pauses it if it is going, and once that is saved frees its
   * lock, so that it is offered for resuming (here or in another tab).
   */
  async close(reason: string | null = null): Promise<RunSnapshot> {
    this.pause(reason)
    const end = await this.whenSettled()
    this.deps.journal.locks.release(this.record.id)
    return end
  }

  /** Stops everything now, as closing the tab would: in-flight requests are aborted. */
  dispose(): void {
    this.deps.journal.locks.release(this.record.id)
    this.queue.dispose()
    if (this.notifyTimer) clearTimeout(this.notifyTimer)
    this.listeners.clear()
  }

  // ---- status ----

  private isSettled(): boolean {
    return this.status === 'paused' || this.status === 'completed' || this.status === 'cancelled'
  }

  private afterWorkerExit(): void {
    if (this.queue.disposed || this.queue.workers > 0) return this.changed(false)
    if (this.status === 'pausing') this.status = 'paused'
    else if (this.status === 'cancelling') return void this.finishCancel()
    else if (this.status === 'running' && !this.queue.hasWork()) this.finish('completed')
    this.changed(true)
    if (this.isSettled()) void this.persisted().then(() => this.wakeSettled())
  }

  /** The run summary is saved (status, counts) and no write is pending. */
  private persisted(): Promise<void> {
    return this.commit.flush().catch(() => undefined)
  }

  private wakeSettled(): void {
    if (this.isSettled()) this.settledWaiters.splice(0).forEach((wake) => wake())
  }

  private async finishCancel(): Promise<void> {
    this.queue.clearRequeued()
    // A row waiting to retry after a lost answer may be gone already: check before calling it skipped.
    const uncertain: number[] = []
    for (let i = 0; i < this.rows.size; i++) {
      if (this.rows.state(i) === 'pending' && this.rows.uncertain[i] === 1) uncertain.push(i)
    }
    await this.queue.settleUnknown(uncertain)
    if (this.queue.disposed) return
    const skipped: RowRecord[] = []
    for (let i = 0; i < this.rows.size; i++) {
      if (this.rows.state(i) !== 'pending') continue
      const message =
        this.rows.uncertain[i] === 1
          ? 'Cancelled; LoanPro may have removed it before the cancel, so check it in LoanPro.'
          : 'Cancelled before it was sent.'
      this.rows.set(i, 'skipped', message)
      skipped.push(this.queue.rowRecord(i, 'skipped', message))
    }
    this.finish('cancelled')
    await this.commit.recordMany(skipped).catch(() => undefined)
    this.changed(true)
    this.wakeSettled()
  }

  private finish(status: 'completed' | 'cancelled'): void {
    this.status = status
    this.record = { ...this.record, finishedAt: this.deps.clock.now() }
  }

  private runRecord(): RunRecord {
    const persisted =
      this.status === 'pausing' || this.status === 'cancelling' ? 'running' : this.status
    this.record = {
      ...this.record,
      status:
        persisted === 'paused' || persisted === 'completed' || persisted === 'cancelled'
          ? persisted
          : 'running',
      pauseReason: this.pauseReason,
      updatedAt: this.deps.clock.now(),
      counts: this.rows.finalCounts(),
    }
    return this.record
  }

  // ---- notification: at once for status changes, throttled while rows stream in ----

  private changed(now: boolean): void {
    this.version++
    this.snapshot = null
    if (this.queue.disposed) return
    if (now) return this.emit()
    if (this.notifyTimer) return
    this.notifyTimer = setTimeout(() => this.emit(), this.deps.notifyIntervalMs ?? 100)
  }

  private emit(): void {
    if (this.notifyTimer) clearTimeout(this.notifyTimer)
    this.notifyTimer = null
    this.listeners.forEach((listener) => listener())
  }
}
