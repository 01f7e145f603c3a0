import type { RowRecord, JournalRowState } from './import-journal'
import type { JournalGroupCommit } from './journal-group-commit'
import type { EngineClock, RemovalTenantPort } from './removal-tenant-port'
import { classifyDeleteError, retryDelayMs, type RetryPolicy } from './retry-policy'
import type { RunRows } from './run-rows'
import { lookupTenantCustomers } from './tenant-lookup'

export const LOST_ANSWER = 'Removed; confirmed by a look-up after the answer was lost.'
const UNCONFIRMED =
  'LoanPro may have removed it, but it could not be confirmed; check it in LoanPro.'

/** What the queue needs from the run that owns it. */
export interface QueueHost {
  readonly runId: string
  readonly port: RemovalTenantPort
  readonly clock: EngineClock
  readonly retry: RetryPolicy
  isRunning(): boolean
  concurrency(): number
  /** Something changed; `now` = tell listeners at once instead of throttled. */
  changed(now: boolean): void
  /** A row settled: feed the rate meter. */
  settled(): void
  pause(reason: string): void
  /** The last worker stopped. */
  idle(): void
}

/**
 * The removal queue: bounded workers take pending rows, DELETE them with retries and
 * backoff, and journal each step before it counts. Never sends a row whose earlier DELETE
 * may have gone through without checking that the customer is still there.
 */
export class RemovalQueue {
  workers = 0
  disposed = false
  private cursor = 0
  private requeued: number[] = []
  private backoffs = new AbortController()
  private readonly inflight = new AbortController()

  constructor(
    private readonly host: QueueHost,
    readonly rows: RunRows,
    private readonly commit: JournalGroupCommit,
  ) {}

  /** Starts workers up to the concurrency while there is work. */
  pump(): void {
    while (
      !this.disposed &&
      this.host.isRunning() &&
      this.workers < this.host.concurrency() &&
      this.hasWork()
    ) {
      this.workers++
      void this.work()
    }
    if (this.workers === 0) this.host.idle()
  }

  hasWork(): boolean {
    if (this.requeued.length > 0) return true
    while (this.cursor < this.rows.size && this.rows.state(this.cursor) !== 'pending') this.cursor++
    return this.cursor < this.rows.size
  }

  /** Cuts backoff waits short (pause, cancel) until allowBackoff(); their rows go back. */
  stopBackoff(): void {
    this.backoffs.abort()
  }

  allowBackoff(): void {
    if (this.backoffs.signal.aborted) this.backoffs = new AbortController()
  }

  requeue(indices: number[]): void {
    this.requeued.push(...indices)
  }

  clearRequeued(): void {
    this.requeued = []
  }

  /** Stops everything now, as closing the tab would: in-flight requests are aborted. */
  dispose(): void {
    this.disposed = true
    this.backoffs.abort()
    this.inflight.abort()
  }

  /** Journals then marks `indices` removed when the tenant no longer has them. */
  async settleUnknown(indices: number[]): Promise<void> {
    if (indices.length === 0) return
    const ids = Uint32Array.from(indices, (i) => this.rows.id(i))
    try {
      const found = await lookupTenantCustomers(this.host.port, ids, { clock: this.host.clock })
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

  rowRecord(index: number, state: JournalRowState, message = ''): RowRecord {
    const attempts = this.rows.attempts[index] ?? 0
    return { runId: this.host.runId, index, state, message, attempts }
  }

  private takeNext(): number | undefined {
    const again = this.requeued.shift()
    if (again !== undefined) return again
    return this.hasWork() ? this.cursor++ : undefined
  }

  private async work(): Promise<void> {
    for (;;) {
      const index =
        this.host.isRunning() && this.workers <= this.host.concurrency()
          ? this.takeNext()
          : undefined
      if (index === undefined || this.disposed) break
      await this.processRow(index)
    }
    this.workers--
    this.host.idle()
  }

  private async processRow(index: number): Promise<void> {
    const { rows, host } = this
    const id = rows.id(index)
    rows.set(index, 'running')
    host.changed(false)
    let checks = 0
    for (;;) {
      if (rows.uncertain[index] === 1) {
        const outcome = await this.checkStillThere(id)
        if (this.disposed) return
        if (outcome === 'gone') return this.settle(index, 'removed', LOST_ANSWER)
        if (outcome === 'present') rows.uncertain[index] = 0
        else {
          // Sending blind could reach a customer already removed: check again later instead.
          if (++checks >= host.retry.maxAttempts) return this.settle(index, 'failed', UNCONFIRMED)
          if (!(await this.backOff(index, retryDelayMs(host.retry, checks)))) return
          continue
        }
      }
      rows.attempts[index] = (rows.attempts[index] ?? 0) + 1
      if (!(await this.journalOrPause(index, 'sent'))) return
      try {
        await host.port.deleteCustomer(id, this.inflight.signal)
        return this.settle(index, 'removed', '')
      } catch (error) {
        if (this.disposed) return
        const failure = classifyDeleteError(error)
        if (failure.action === 'abandon') return
        if (failure.action === 'fail') return this.settle(index, 'failed', failure.message)
        if (failure.action === 'pause') {
          this.putBack(index)
          return host.pause(failure.message)
        }
        if (failure.maybeApplied) rows.uncertain[index] = 1
        const attempts = rows.attempts[index] ?? 0
        if (attempts >= host.retry.maxAttempts) {
          if (failure.maybeApplied && (await this.checkStillThere(id)) === 'gone') {
            return this.settle(index, 'removed', LOST_ANSWER)
          }
          const message = `Gave up after ${attempts} attempts: ${failure.message}`
          return this.settle(index, 'failed', message)
        }
        const delay = retryDelayMs(host.retry, attempts, failure.retryAfterMs)
        if (!(await this.backOff(index, delay))) return
      }
    }
  }

  /** Waits before the next attempt; false (the row put back) when pause or cancel cut it short. */
  private async backOff(index: number, ms: number): Promise<boolean> {
    try {
      await this.host.clock.sleep(ms, this.backoffs.signal)
      return true
    } catch {
      if (!this.disposed) this.putBack(index)
      return false
    }
  }

  /** 'gone' | 'present' | 'unknown' (the look-up itself failed). */
  private async checkStillThere(id: number): Promise<'gone' | 'present' | 'unknown'> {
    try {
      const found = await this.host.port.lookupCustomers([id], this.inflight.signal)
      return found.some((customer) => customer.id === id) ? 'present' : 'gone'
    } catch {
      return 'unknown'
    }
  }

  private putBack(index: number): void {
    this.rows.set(index, 'pending')
    this.requeued.unshift(index)
    this.host.changed(false)
  }

  private async settle(index: number, state: 'removed' | 'failed', message: string): Promise<void> {
    // Durable before it is shown: a reload must never forget a confirmed removal.
    await this.journalOrPause(index, state, message)
    if (this.disposed) return
    this.rows.uncertain[index] = 0
    this.rows.set(index, state, message)
    this.host.settled()
    this.host.changed(false)
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
      this.host.pause('Could not save progress in this browser; free some space, then resume.')
      return false
    }
  }
}
