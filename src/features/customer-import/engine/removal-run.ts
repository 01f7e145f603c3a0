import type {
  ImportJournal,
  RunPlan,
  RunRecord,
  RowRecord,
  JournalRowState,
} from './import-journal'
import { JournalGroupCommit } from './journal-group-commit'
import type { EngineClock, RemovalTenantPort } from './removal-tenant-port'
import {
  classifyDeleteError,
  defaultRetryPolicy,
  retryDelayMs,
  type RetryPolicy,
} from './retry-policy'
import { RateMeter, RunRows, type RowState, type RunRow } from './run-rows'
import { lookupTenantCustomers } from './tenant-lookup'

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
const LOST_ANSWER = 'Removed; confirmed by a look-up after the answer was lost.'
const clampConcurrency = (n: number) =>
  Math.min(MAX_CONCURRENCY, Math.max(MIN_CONCURRENCY, Math.round(n)))

export class RemovalRun {
  private readonly rows: RunRows
  private readonly commit: JournalGroupCommit
  private readonly retry: RetryPolicy
  private readonly listeners = new Set<() => void>()
  private readonly meter = new RateMeter()
  private readonly settledWaiters: Array<() => void> = []
  private status: RunStatus = 'paused'
  private pauseReason: string | null = null
  private concurrency: number
  private workers = 0
  private cursor = 0
  private requeued: number[] = []
  private backoff = new AbortController()
  private readonly inflight = new AbortController()
  private disposed = false
  private version = 0
  private snapshot: RunSnapshot | null = null
  private notifyTimer: ReturnType<typeof setTimeout> | null = null

  private constructor(
    private readonly deps: RemovalRunDeps,
    private record: RunRecord,
    plan: RunPlan,
  ) {
    this.rows = new RunRows(plan)
    this.retry = { ...defaultRetryPolicy, ...deps.retry }
    this.concurrency = clampConcurrency(deps.concurrency ?? 4)
    this.commit = new JournalGroupCommit(deps.journal, () => this.runRecord())
  }

  /** Journals a new run and starts it. */
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
    await deps.journal.createRun(record, { ...plan, runId: id })
    const run = new RemovalRun(deps, record, { ...plan, runId: id })
    run.status = 'running'
    run.pump()
    return run
  }

  /**
   * Picks up a journaled run after a reload. Rows the journal saw sent but not answered are
   * looked up first (batched): gone means removed, still there means send again.
   */
  static async resume(deps: RemovalRunDeps, runId: string): Promise<RemovalRun> {
    const stored = await deps.journal.loadRun(runId)
    if (!stored) throw new Error(`No journaled import run ${runId}.`)
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
    await run.settleUnknown(unknown)
    run.pump()
    return run
  }

  private async settleUnknown(indices: number[]): Promise<void> {
    if (indices.length === 0) return
    const ids = Uint32Array.from(indices, (i) => this.rows.id(i))
    try {
      const found = await lookupTenantCustomers(this.deps.port, ids, { clock: this.deps.clock })
      const gone: RowRecord[] = []
      indices.forEach((index, k) => {
        this.rows.uncertain[index] = 0
        if (found.exists[k] === 1) return
        this.rows.set(index, 'removed', LOST_ANSWER)
        gone.push(this.rowRecord(index, 'removed', LOST_ANSWER))
      })
      await this.commit.recordMany(gone)
    } catch {
      // Each uncertain row is checked on its own before it is sent again.
    }
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
    const now = this.deps.clock.now()
    const rate = this.status === 'running' ? this.meter.rate(now, done) : null
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
    this.pump()
  }

  pause(reason: string | null = null): void {
    if (this.status !== 'running') return
    this.status = 'pausing'
    this.pauseReason = reason
    this.backoff.abort()
    this.afterWorkerExit()
    this.changed(true)
  }

  resume(): void {
    if (this.status !== 'paused' && this.status !== 'pausing') return
    this.status = 'running'
    this.pauseReason = null
    this.backoff = new AbortController()
    this.meter.reset()
    this.changed(true)
    this.pump()
  }

  cancel(): void {
    if (this.status === 'completed' || this.status === 'cancelled' || this.status === 'cancelling')
      return
    this.status = 'cancelling'
    this.backoff.abort()
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
    this.requeued.push(...failed)
    this.record = { ...this.record, finishedAt: null }
    this.backoff = new AbortController()
    this.status = 'running'
    this.changed(true)
    void this.commit.flush().catch(() => this.pause('Could not save progress in this browser.'))
    this.pump()
  }

  /** Stops everything now, as closing the tab would: in-flight requests are aborted. */
  dispose(): void {
    this.disposed = true
    this.backoff.abort()
    this.inflight.abort()
    if (this.notifyTimer) clearTimeout(this.notifyTimer)
    this.listeners.clear()
  }

  // ---- the queue ----

  private isSettled(): boolean {
    return this.status === 'paused' || this.status === 'completed' || this.status === 'cancelled'
  }

  private takeNext(): number | undefined {
    const again = this.requeued.shift()
    if (again !== undefined) return again
    while (this.cursor < this.rows.size && this.rows.state(this.cursor) !== 'pending') this.cursor++
    return this.cursor < this.rows.size ? this.cursor++ : undefined
  }

  private hasWork(): boolean {
    if (this.requeued.length > 0) return true
    while (this.cursor < this.rows.size && this.rows.state(this.cursor) !== 'pending') this.cursor++
    return this.cursor < this.rows.size
  }

  private pump(): void {
    while (
      !this.disposed &&
      this.status === 'running' &&
      this.workers < this.concurrency &&
      this.hasWork()
    ) {
      this.workers++
      void this.work()
    }
    if (this.workers === 0) this.afterWorkerExit()
  }

  private async work(): Promise<void> {
    for (;;) {
      const index =
        this.status === 'running' && this.workers <= this.concurrency ? this.takeNext() : undefined
      if (index === undefined || this.disposed) break
      await this.processRow(index)
    }
    this.workers--
    this.afterWorkerExit()
  }

  private afterWorkerExit(): void {
    if (this.disposed || this.workers > 0) return this.changed(false)
    if (this.status === 'pausing') this.status = 'paused'
    else if (this.status === 'cancelling') return void this.finishCancel()
    else if (this.status === 'running' && !this.hasWork()) this.finish('completed')
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
    this.requeued = []
    // A row waiting to retry after a lost answer may be gone already: check before calling it skipped.
    const uncertain: number[] = []
    for (let i = 0; i < this.rows.size; i++) {
      if (this.rows.state(i) === 'pending' && this.rows.uncertain[i] === 1) uncertain.push(i)
    }
    await this.settleUnknown(uncertain)
    if (this.disposed) return
    const skipped: RowRecord[] = []
    for (let i = 0; i < this.rows.size; i++) {
      if (this.rows.state(i) !== 'pending') continue
      const message =
        this.rows.uncertain[i] === 1
          ? 'Cancelled; LoanPro may have removed it before the cancel, so check it in LoanPro.'
          : 'Cancelled before it was sent.'
      this.rows.set(i, 'skipped', message)
      skipped.push(this.rowRecord(i, 'skipped', message))
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

  private async processRow(index: number): Promise<void> {
    const rows = this.rows
    const id = rows.id(index)
    rows.set(index, 'running')
    this.changed(false)
    for (;;) {
      if (rows.uncertain[index] === 1) {
        const outcome = await this.checkStillThere(id)
        if (this.disposed) return
        if (outcome === 'gone') return this.settle(index, 'removed', LOST_ANSWER)
        if (outcome === 'present') rows.uncertain[index] = 0
      }
      rows.attempts[index] = (rows.attempts[index] ?? 0) + 1
      if (!(await this.journalOrPause(index, 'sent'))) return
      try {
        await this.deps.port.deleteCustomer(id, this.inflight.signal)
        return this.settle(index, 'removed', '')
      } catch (error) {
        if (this.disposed) return
        const failure = classifyDeleteError(error)
        if (failure.action === 'abandon') return
        if (failure.action === 'fail') return this.settle(index, 'failed', failure.message)
        if (failure.action === 'pause') {
          this.putBack(index)
          return this.pause(failure.message)
        }
        if (failure.maybeApplied) rows.uncertain[index] = 1
        const attempts = rows.attempts[index] ?? 0
        if (attempts >= this.retry.maxAttempts) {
          if (failure.maybeApplied && (await this.checkStillThere(id)) === 'gone') {
            return this.settle(index, 'removed', LOST_ANSWER)
          }
          return this.settle(
            index,
            'failed',
            `Gave up after ${attempts} attempts: ${failure.message}`,
          )
        }
        try {
          await this.deps.clock.sleep(
            retryDelayMs(this.retry, attempts, failure.retryAfterMs),
            this.backoff.signal,
          )
        } catch {
          if (!this.disposed) this.putBack(index)
          return
        }
      }
    }
  }

  /** 'gone' | 'present' | 'unknown' (the look-up itself failed). */
  private async checkStillThere(id: number): Promise<'gone' | 'present' | 'unknown'> {
    try {
      const found = await this.deps.port.lookupCustomers([id], this.inflight.signal)
      return found.some((customer) => customer.id === id) ? 'present' : 'gone'
    } catch {
      return 'unknown'
    }
  }

  private putBack(index: number): void {
    this.rows.set(index, 'pending')
    this.requeued.unshift(index)
    this.changed(false)
  }

  private async settle(index: number, state: 'removed' | 'failed', message: string): Promise<void> {
    // Durable before it is shown: a reload must never forget a confirmed removal.
    await this.journalOrPause(index, state, message)
    if (this.disposed) return
    this.rows.uncertain[index] = 0
    this.rows.set(index, state, message)
    const counts = this.rows.counts
    this.meter.sample(this.deps.clock.now(), counts.removed + counts.failed + counts.skipped)
    this.changed(false)
  }

  private async journalOrPause(
    index: number,
    state: JournalRowState,
    message = '',
  ): Promise<boolean> {
    try {
      await this.commit.record(this.rowRecord(index, state, message))
      return !this.disposed
    } catch {
      if (state === 'sent') this.putBack(index)
      this.pause('Could not save progress in this browser; free some space, then resume.')
      return false
    }
  }

  private rowRecord(index: number, state: JournalRowState, message = ''): RowRecord {
    return {
      runId: this.record.id,
      index,
      state,
      message,
      attempts: this.rows.attempts[index] ?? 0,
    }
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

  private changed(now: boolean): void {
    this.version++
    this.snapshot = null
    if (this.disposed) return
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
