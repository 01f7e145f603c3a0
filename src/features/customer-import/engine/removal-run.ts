import type { RunJournal, RunPlan, RunRecord } from './run/import-journal'
import { JournalGroupCommit } from './run/journal-group-commit'
import type { PauseReason } from './run/pause-reason'
import { RateMeter } from './run/rate-meter'
import { RemovalQueue, type QueueEvent } from './run/removal-queue'
import type { EngineClock, RemovalTenantPort } from './removal-tenant-port'
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy'
import { RunNotifier } from './run/run-notifier'
import { createLockedRun, loadLockedRun, newRunRecord, type RunInfo } from './run/run-opening'
import { RunRows, type RunRow } from './run/run-rows'
import {
  buildSnapshot,
  journaledRecord,
  type RunSnapshot,
  type RunStatus,
} from './run/run-snapshot'

// The UI reads a run's snapshot types from here, with the run.
export type { RunSnapshot, RunStatus } from './run/run-snapshot'
export type { PauseReason } from './run/pause-reason'

export interface RemovalRunDeps {
  port: RemovalTenantPort
  journal: RunJournal
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
 * Entry point for a run: give it ports (tenant, journal, clock) and a plan, start or resume it.
 * One removal run: its status machine, commands and snapshot for the UI. The rows are worked
 * off by a RemovalQueue; this class decides when it sends (queue.start/stop) and hears back
 * through one listener (onQueue), then tells its own listeners what changed.
 */
export class RemovalRun {
  private readonly rows: RunRows
  private readonly queue: RemovalQueue
  private readonly commit: JournalGroupCommit
  private readonly notifier: RunNotifier
  private readonly meter = new RateMeter()
  private readonly settledWaiters: Array<() => void> = []
  private status: RunStatus = 'paused'
  private pauseReason: PauseReason | null = null
  private concurrency: number

  private constructor(
    private readonly deps: RemovalRunDeps,
    private record: RunRecord,
    plan: RunPlan,
  ) {
    this.rows = new RunRows(plan)
    this.concurrency = clampConcurrency(deps.concurrency ?? 4)
    this.commit = new JournalGroupCommit(deps.journal, () => this.runRecord())
    this.notifier = new RunNotifier(deps.notifyIntervalMs ?? 100)
    this.queue = new RemovalQueue(
      {
        runId: record.id,
        port: deps.port,
        clock: deps.clock,
        retry: { ...defaultRetryPolicy, ...deps.retry },
        concurrency: this.concurrency,
      },
      this.rows,
      this.commit,
      (event) => this.onQueue(event),
    )
  }

  /** Journals a new run and starts it; this tab holds the run's lock from before it exists. */
  static async start(
    deps: RemovalRunDeps,
    info: RunInfo,
    plan: Omit<RunPlan, 'runId'>,
  ): Promise<RemovalRun> {
    const record = newRunRecord(info, plan.ids.length, deps.clock.now())
    const fullPlan = { ...plan, runId: record.id }
    await createLockedRun(deps.journal, record, fullPlan)
    const run = new RemovalRun(deps, record, fullPlan)
    run.status = 'running'
    run.queue.start()
    return run
  }

  /**
   * Picks up a journaled run after a reload. Rows the journal saw sent but not answered are
   * looked up first (batched): gone means removed, still there means send again. Throws
   * RunHeldElsewhereError when another tab has the run.
   */
  static async resume(deps: RemovalRunDeps, runId: string): Promise<RemovalRun> {
    const stored = await loadLockedRun(deps.journal, runId)
    const run = new RemovalRun(deps, stored.run, stored.plan)
    const unknown = run.rows.restore(stored.rows)
    if (run.rows.counts.pending === 0) {
      run.status = stored.run.status === 'cancelled' ? 'cancelled' : 'completed'
      return run
    }
    run.status = 'running'
    await run.queue.settleUnknown(unknown)
    run.queue.start()
    return run
  }

  get id(): string {
    return this.record.id
  }

  /** Rows rejected at validation (never sent): shown with the run's own counts. */
  get rejected(): number {
    return this.record.rejected ?? 0
  }

  subscribe = (listener: () => void): (() => void) => this.notifier.subscribe(listener)

  getSnapshot = (): RunSnapshot =>
    this.notifier.snapshot((version) => {
      const { status, pauseReason, concurrency } = this
      const base = { runId: this.record.id, status, pauseReason, concurrency, version }
      return buildSnapshot(base, this.rows, this.meter, this.deps.clock.now())
    })

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
    this.queue.setConcurrency(this.concurrency)
  }

  pause(reason: PauseReason | null = null): void {
    if (this.status !== 'running') return
    this.status = 'pausing'
    this.pauseReason = reason
    this.queue.stop()
    this.afterWorkerExit()
    this.changed(true)
  }

  resume(): void {
    if (this.status !== 'paused' && this.status !== 'pausing') return
    this.status = 'running'
    this.pauseReason = null
    this.meter.reset()
    this.changed(true)
    this.queue.start()
  }

  cancel(): void {
    if (this.status === 'completed' || this.status === 'cancelled' || this.status === 'cancelling')
      return
    this.status = 'cancelling'
    this.queue.stop()
    this.afterWorkerExit()
    this.changed(true)
  }

  /** A new pass over the failed rows only, after the run ended. */
  retryFailed(): void {
    if (this.status !== 'completed' && this.status !== 'cancelled') return
    if (!this.queue.requeueFailed()) return
    this.record = { ...this.record, finishedAt: null }
    this.status = 'running'
    this.changed(true)
    void this.commit.flush().catch(() => this.pause('not-saved'))
    this.queue.start()
  }

  /**
   * This tab lets go of the run: pauses it if it is going, and once that is saved frees its
   * lock, so that it is offered for resuming (here or in another tab).
   */
  async close(reason: PauseReason | null = null): Promise<RunSnapshot> {
    this.pause(reason)
    const end = await this.whenSettled()
    this.deps.journal.locks.release(this.record.id)
    return end
  }

  /** Stops everything now, as closing the tab would: in-flight requests are aborted. */
  dispose(): void {
    this.deps.journal.locks.release(this.record.id)
    this.queue.dispose()
    this.notifier.dispose()
  }

  // ---- status ----

  /** What the queue reports: rows moved, a reason to pause, or no worker left. */
  private onQueue(event: QueueEvent): void {
    if (event.type === 'halt') return this.pause(event.reason)
    if (event.type === 'idle') return this.afterWorkerExit()
    if (event.settled) this.meter.sample(this.deps.clock.now(), this.rows.done)
    this.changed(false)
  }

  private isSettled(): boolean {
    return this.status === 'paused' || this.status === 'completed' || this.status === 'cancelled'
  }

  private afterWorkerExit(): void {
    if (this.queue.disposed || this.queue.busy) return this.changed(false)
    if (this.status === 'pausing') {
      this.status = 'paused'
      void this.queue.releaseMarks().catch(() => undefined)
    } else if (this.status === 'cancelling') return void this.finishCancel()
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
    const skipped = await this.queue.skipRest()
    if (!skipped) return
    this.finish('cancelled')
    await this.commit.recordMany(skipped).catch(() => undefined)
    this.changed(true)
    this.wakeSettled()
  }

  private finish(status: 'completed' | 'cancelled'): void {
    this.queue.stop()
    this.status = status
    this.record = { ...this.record, finishedAt: this.deps.clock.now() }
  }

  private runRecord(): RunRecord {
    const { record, status, pauseReason, rows } = this
    this.record = journaledRecord(record, status, pauseReason, rows, this.deps.clock.now())
    return this.record
  }

  // ---- notification: at once for status changes, throttled while rows stream in ----

  private changed(now: boolean): void {
    this.notifier.changed(now, this.queue.disposed)
  }
}
