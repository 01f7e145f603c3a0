import type { RowRecord } from './import-journal'
import type { JournalGroupCommit } from './journal-group-commit'
import { LOST_ANSWER, settleUnknownRows, stillThere } from './lost-answers'
import type { EngineClock, RemovalTenantPort } from '../removal-tenant-port'
import { classifyDeleteError, retryDelayMs, type RetryPolicy } from '../retry-policy'
import type { PauseReason } from './pause-reason'
import type { RunRows } from './run-rows'
import { SentMarks } from './sent-marks'

const UNCONFIRMED =
  'LoanPro may have removed it, but it could not be confirmed; check it in LoanPro.'

export interface QueueOptions {
  readonly runId: string
  readonly port: RemovalTenantPort
  readonly clock: EngineClock
  readonly retry: RetryPolicy
  /** Workers at most; setConcurrency() changes it. */
  readonly concurrency: number
}

/**
 * What the queue reports to the run that owns it, through one listener. The run commands the
 * queue (start, stop, …); the queue never calls back into the run nor asks it for state.
 */
export type QueueEvent =
  /** A row started or went back to pending; `settled`: its outcome is now journaled. */
  | { type: 'rows'; settled: boolean }
  /** The queue cannot go on (journal write failed, token refused): the run should pause. */
  | { type: 'halt'; reason: PauseReason }
  /** The last worker stopped, or the last outcome was journaled after it. */
  | { type: 'idle' }

/**
 * The removal queue: bounded workers take pending rows, DELETE them with retries and
 * backoff, and journal each step before it counts. Never sends a row whose earlier DELETE
 * may have gone through without checking that the customer is still there. Sends only
 * between start() and stop().
 */
export class RemovalQueue {
  private workers = 0
  /** Outcomes received and being journaled; their rows count once that is durable. */
  private settling = 0
  disposed = false
  /** Rows may be taken (the run is running). */
  private open = false
  private concurrency: number
  private cursor = 0
  private requeued: number[] = []
  /** Transient failures in a row, across rows (see RetryPolicy.pauseAfterTransient). */
  private transientStreak = 0
  private backoffs = new AbortController()
  private readonly inflight = new AbortController()
  private readonly marks: SentMarks

  constructor(
    private readonly options: QueueOptions,
    private readonly rows: RunRows,
    private readonly commit: JournalGroupCommit,
    private readonly report: (event: QueueEvent) => void,
  ) {
    this.concurrency = options.concurrency
    this.marks = new SentMarks(options.runId, rows, commit)
  }

  /** A worker is going or an outcome is still being journaled. */
  get busy(): boolean {
    return this.workers > 0 || this.settling > 0
  }

  /** Opens the queue (backoff waits allowed again) and starts workers while there is work. */
  start(): void {
    this.open = true
    if (this.backoffs.signal.aborted) this.backoffs = new AbortController()
    this.pump()
  }

  /**
   * Closes the queue: workers stop taking rows, backoff waits are cut short and their rows
   * put back. Requests in flight finish; 'idle' tells when the last worker is gone.
   */
  stop(): void {
    this.open = false
    this.backoffs.abort()
  }

  setConcurrency(value: number): void {
    this.concurrency = value
    this.pump()
  }

  /** Starts workers up to the concurrency while open and there is work. */
  private pump(): void {
    while (!this.disposed && this.open && this.workers < this.concurrency && this.hasWork()) {
      this.workers++
      void this.work()
    }
    if (this.workers === 0) this.report({ type: 'idle' })
  }

  hasWork(): boolean {
    if (this.requeued.length > 0) return true
    while (this.cursor < this.rows.size && this.rows.state(this.cursor) !== 'pending') this.cursor++
    return this.cursor < this.rows.size
  }

  /**
   * After the run ended: the failed rows go back in the queue; false when there are none.
   * Each is checked (`GET Customers(id)`) before it is sent again: an earlier DELETE may have
   * been applied, and a second one would only be refused with "already deleted".
   */
  requeueFailed(): boolean {
    const failed = this.rows.indicesIn('failed')
    for (const index of failed) {
      this.rows.set(index, 'pending')
      this.rows.attempts[index] = 0
      this.rows.uncertain[index] = 1
    }
    this.requeued.push(...failed)
    return failed.length > 0
  }

  /** Journals the rows marked 'sent' ahead but not started back as pending (on pause). */
  releaseMarks(): Promise<void> {
    const records = this.marks.release()
    return records.length > 0 ? this.commit.recordMany(records) : Promise.resolve()
  }

  /**
   * After a cancel, with no worker left: the rows not sent become skipped, those a lost
   * answer may have removed looked up first. Their records, or null when disposed meanwhile.
   */
  async skipRest(): Promise<RowRecord[] | null> {
    this.requeued = []
    this.marks.release()
    const uncertain = this.rows.indicesIn('pending').filter((i) => this.rows.uncertain[i] === 1)
    await this.settleUnknown(uncertain)
    return this.disposed ? null : this.rows.skipPending()
  }

  /** Stops everything now, as closing the tab would: in-flight requests are aborted. */
  dispose(): void {
    this.disposed = true
    this.backoffs.abort()
    this.inflight.abort()
  }

  /** Journals then marks `indices` removed when the tenant no longer has them. */
  settleUnknown(indices: readonly number[]): Promise<void> {
    return settleUnknownRows(this.options, this.rows, this.commit, indices)
  }

  /** Marks the row 'sent', durably, before its DELETE goes out. */
  private async markSent(index: number): Promise<boolean> {
    if (await this.marks.start(index, this.cursor, this.concurrency, this.open)) {
      return !this.disposed
    }
    if (!this.disposed) {
      this.putBack(index)
      this.report({ type: 'halt', reason: 'not-saved' })
    }
    return false
  }

  private takeNext(): number | undefined {
    const again = this.requeued.shift()
    if (again !== undefined) return again
    return this.hasWork() ? this.cursor++ : undefined
  }

  private async work(): Promise<void> {
    for (;;) {
      const index = this.open && this.workers <= this.concurrency ? this.takeNext() : undefined
      if (index === undefined || this.disposed) break
      await this.processRow(index)
    }
    this.workers--
    this.report({ type: 'idle' })
  }

  private async processRow(index: number): Promise<void> {
    const { rows, options } = this
    const id = rows.id(index)
    rows.set(index, 'running')
    this.report({ type: 'rows', settled: false })
    let checks = 0
    for (;;) {
      if (rows.uncertain[index] === 1) {
        // Only a plain GET's 409/404 is evidence; a search may lag or answer short.
        const outcome = await stillThere(options.port, id, this.inflight.signal)
        if (this.disposed) return
        // Only a DELETE's answer ends a streak of trouble: reads may work while DELETEs fail.
        if (outcome === 'gone') {
          this.transientStreak = 0
          return this.settle(index, 'removed', LOST_ANSWER)
        }
        if (outcome === 'present') rows.uncertain[index] = 0
        else {
          if (this.haltOnTrouble(index, false)) return
          // Sending blind could reach a customer already removed: check again later instead.
          if (++checks >= options.retry.maxAttempts)
            return this.settle(index, 'failed', UNCONFIRMED)
          if (!(await this.backOff(index, retryDelayMs(options.retry, checks)))) return
          continue
        }
      }
      rows.attempts[index] = (rows.attempts[index] ?? 0) + 1
      if (!(await this.markSent(index))) return
      try {
        await options.port.deleteCustomer(id, this.inflight.signal, options.runId)
        this.transientStreak = 0
        return this.settle(index, 'removed', '')
      } catch (error) {
        if (this.disposed) return
        const failure = classifyDeleteError(error)
        if (failure.action === 'abandon') return
        if (failure.action === 'fail') {
          this.transientStreak = 0
          return this.settle(index, 'failed', failure.message)
        }
        if (failure.action === 'pause') {
          this.putBack(index)
          return this.report({ type: 'halt', reason: failure.reason })
        }
        if (failure.maybeApplied) rows.uncertain[index] = 1
        if (this.haltOnTrouble(index, !failure.maybeApplied)) return
        const attempts = rows.attempts[index] ?? 0
        if (attempts >= options.retry.maxAttempts) {
          if (
            failure.maybeApplied &&
            (await stillThere(options.port, id, this.inflight.signal)) === 'gone'
          ) {
            return this.settle(index, 'removed', LOST_ANSWER)
          }
          const message = `Gave up after ${attempts} attempts: ${failure.message}`
          return this.settle(index, 'failed', message)
        }
        const delay = retryDelayMs(options.retry, attempts, failure.retryAfterMs)
        if (!(await this.backOff(index, delay))) return
      }
    }
  }

  /**
   * Counts a transient failure; past RetryPolicy.pauseAfterTransient in a row, puts the row
   * back (a 'sent' row is looked up before it is sent again) and asks the run to pause.
   */
  private haltOnTrouble(index: number, rateLimited: boolean): boolean {
    const limit = this.options.retry.pauseAfterTransient
    if (!limit || ++this.transientStreak < limit) return false
    this.transientStreak = 0
    this.putBack(index)
    this.report({ type: 'halt', reason: rateLimited ? 'rate-limited' : 'tenant-unavailable' })
    return true
  }

  /** Waits before the next attempt; false (the row put back) when pause or cancel cut it short. */
  private async backOff(index: number, ms: number): Promise<boolean> {
    try {
      await this.options.clock.sleep(ms, this.backoffs.signal)
      return true
    } catch {
      if (!this.disposed) this.putBack(index)
      return false
    }
  }

  private putBack(index: number): void {
    this.rows.set(index, 'pending')
    this.requeued.unshift(index)
    this.report({ type: 'rows', settled: false })
  }

  /**
   * Journals the outcome, then shows it: a reload must never forget a confirmed removal.
   * The slot does not wait for the write: the worker takes its next row meanwhile.
   */
  private settle(index: number, state: 'removed' | 'failed', message: string): void {
    this.settling++
    const shown = () => {
      this.settling--
      if (this.disposed) return
      this.rows.uncertain[index] = 0
      this.rows.set(index, state, message)
      this.report({ type: 'rows', settled: true })
      if (!this.busy) this.report({ type: 'idle' })
    }
    this.commit.record(this.rows.record(index, state, message)).then(shown, () => {
      this.report({ type: 'halt', reason: 'not-saved' })
      shown()
    })
  }
}
